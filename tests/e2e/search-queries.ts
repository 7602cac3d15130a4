/**
 * The Korean query suite: what readers type, by class, with the page (and section, where the query
 * names one) that must be in the top 3. Used by the search tests and by `npm run bench:search`.
 */
export interface SearchCase {
  query: string;
  kind: '이름·음역' | '조사' | '띄어쓰기' | '복합어 중간' | '초성' | '영문·기호' | '오타·자판' | NewKind;
  page: string;
  section?: string;
}

/** The classes of issue 18 (harder queries): each must reach hit@3 ≥ 95 % and hit@1 ≥ 90 %. */
export const newKinds = ['미완성 음절', '절 이름', '혼합 표기', '외래어'] as const;
type NewKind = (typeof newKinds)[number];

export const searchCases: SearchCase[] = [
  // 1. Korean or English names, transliterations, abbreviations
  { kind: '이름·음역', query: '카프카', page: '/messaging/kafka/' },
  { kind: '이름·음역', query: 'Kafka', page: '/messaging/kafka/' },
  { kind: '이름·음역', query: 'k8s', page: '/containers/kubernetes/' },
  { kind: '이름·음역', query: '쿠버네티스', page: '/containers/kubernetes/' },
  { kind: '이름·음역', query: 'Kubernetes', page: '/containers/kubernetes/' },
  { kind: '이름·음역', query: '레디스', page: '/data/redis/' },
  { kind: '이름·음역', query: '도커', page: '/containers/docker/' },
  { kind: '이름·음역', query: '메시지 큐', page: '/messaging/message-queue/' },
  { kind: '이름·음역', query: 'MQ', page: '/messaging/message-queue/' },
  { kind: '이름·음역', query: '마이크로서비스', page: '/architecture/msa/' },
  { kind: '이름·음역', query: '지알피씨', page: '/api/grpc/' },
  { kind: '이름·음역', query: '웹소켓', page: '/api/websocket/' },
  { kind: '이름·음역', query: '씨디엔', page: '/network/cdn/' },
  // 2. Particles attached to the query
  { kind: '조사', query: '카프카에서', page: '/messaging/kafka/' },
  { kind: '조사', query: '파티션을', page: '/messaging/kafka/', section: '파티션-partition' },
  { kind: '조사', query: '도커를', page: '/containers/docker/' },
  { kind: '조사', query: '레디스는', page: '/data/redis/' },
  { kind: '조사', query: '쿠버네티스의', page: '/containers/kubernetes/' },
  { kind: '조사', query: '리더 선출이', page: '/messaging/kafka-reliability/', section: '리더-선출' },
  { kind: '조사', query: '캐시 스탬피드란', page: '/data/caching/', section: '캐시-스탬피드' },
  { kind: '조사', query: '샤딩과', page: '/data/database/', section: '샤딩' },
  { kind: '조사', query: '프록시로', page: '/network/proxy/' },
  // 3. Spacing variants, both ways
  { kind: '띄어쓰기', query: '로드밸런싱', page: '/network/load-balancing/' },
  { kind: '띄어쓰기', query: '로드 밸런싱', page: '/network/load-balancing/' },
  { kind: '띄어쓰기', query: '분산락', page: '/data/distributed-lock/' },
  { kind: '띄어쓰기', query: '분산 락', page: '/data/distributed-lock/' },
  { kind: '띄어쓰기', query: '리더선출', page: '/messaging/kafka-reliability/', section: '리더-선출' },
  { kind: '띄어쓰기', query: '캐시스탬피드', page: '/data/caching/', section: '캐시-스탬피드' },
  { kind: '띄어쓰기', query: '컨텍스트스위칭', page: '/fundamentals/process-thread/', section: '컨텍스트-스위칭-context-switching' },
  { kind: '띄어쓰기', query: '서비스 디스커버리', page: '/api/api-gateway/', section: '서비스-디스커버리' },
  { kind: '띄어쓰기', query: '메시지큐', page: '/messaging/message-queue/' },
  // 4. The middle or end of a compound
  { kind: '복합어 중간', query: '밸런싱', page: '/network/load-balancing/' },
  { kind: '복합어 중간', query: '스탬피드', page: '/data/caching/', section: '캐시-스탬피드' },
  { kind: '복합어 중간', query: '오케스트레이션', page: '/containers/kubernetes/' },
  { kind: '복합어 중간', query: '스위칭', page: '/fundamentals/process-thread/' },
  { kind: '복합어 중간', query: '디스커버리', page: '/api/api-gateway/', section: '서비스-디스커버리' },
  { kind: '복합어 중간', query: '리밸런싱', page: '/messaging/kafka-reliability/', section: '컨슈머-리밸런싱-consumer-rebalancing' },
  { kind: '복합어 중간', query: '게이트웨이', page: '/api/api-gateway/' },
  // 5. Choseong only
  { kind: '초성', query: 'ㅋㅂㄴㅌㅅ', page: '/containers/kubernetes/' },
  { kind: '초성', query: 'ㅋㅍㅋ', page: '/messaging/kafka/' },
  { kind: '초성', query: 'ㄷㅋ', page: '/containers/docker/' },
  { kind: '초성', query: 'ㄹㄷㅅ', page: '/data/redis/' },
  { kind: '초성', query: 'ㄹㄷ ㅅㅊ', page: '/messaging/kafka-reliability/', section: '리더-선출' },
  { kind: '초성', query: 'ㅂㅅ ㄹ', page: '/data/distributed-lock/' },
  { kind: '초성', query: 'ㅍㄹㅅ', page: '/network/proxy/' },
  // 6. Case, symbols, versions
  { kind: '영문·기호', query: 'KAFKA', page: '/messaging/kafka/' },
  { kind: '영문·기호', query: 'acks=all', page: '/messaging/kafka-reliability/', section: '메시지-처리-확인-방식-acks' },
  { kind: '영문·기호', query: 'TLS 1.3', page: '/security/https-tls/', section: 'tls-12-vs-tls-13' },
  { kind: '영문·기호', query: 'CI/CD', page: '/devops/ci-cd/' },
  { kind: '영문·기호', query: 'redis', page: '/data/redis/' },
  { kind: '영문·기호', query: 'GSLB', page: '/network/load-balancing/', section: 'gslb-global-server-load-balancing' },
  { kind: '영문·기호', query: 'Write-Back', page: '/data/caching/', section: 'write-back' },
  { kind: '영문·기호', query: 'UUID v7', page: '/data/database/' },
  { kind: '영문·기호', query: 'SET NX', page: '/data/distributed-lock/' },
  { kind: '영문·기호', query: 'HPA', page: '/devops/scaling/' },
  // 7. Typos and Hangul typed in English keyboard mode
  { kind: '오타·자판', query: 'zkvmzk', page: '/messaging/kafka/' },
  { kind: '오타·자판', query: 'znqjspxltm', page: '/containers/kubernetes/' },
  { kind: '오타·자판', query: 'ehzj', page: '/containers/docker/' },
  { kind: '오타·자판', query: 'fpeltm', page: '/data/redis/' },
  { kind: '오타·자판', query: 'Kubernates', page: '/containers/kubernetes/' },
  { kind: '오타·자판', query: 'kafak', page: '/messaging/kafka/' },
  { kind: '오타·자판', query: '쿠버네테스', page: '/containers/kubernetes/' },
  // 8. A syllable still being typed, then committed: a bare trailing jamo, or an open last syllable
  { kind: '미완성 음절', query: '도커파ㅇ', page: '/containers/docker/' },
  { kind: '미완성 음절', query: '로드밸ㄹ', page: '/network/load-balancing/' },
  { kind: '미완성 음절', query: '로드밸러', page: '/network/load-balancing/' },
  { kind: '미완성 음절', query: '쿠버네티ㅅ', page: '/containers/kubernetes/' },
  { kind: '미완성 음절', query: '카프ㅋ', page: '/messaging/kafka/' },
  { kind: '미완성 음절', query: '레디ㅅ', page: '/data/redis/' },
  { kind: '미완성 음절', query: '웹소ㅋ', page: '/api/websocket/' },
  { kind: '미완성 음절', query: '디플로이머', page: '/containers/kubernetes-objects/', section: '디플로이먼트-deployment' },
  { kind: '미완성 음절', query: '캐시 스탬피ㄷ', page: '/data/caching/', section: '캐시-스탬피드' },
  { kind: '미완성 음절', query: '컨텍스트 스위ㅊ', page: '/fundamentals/process-thread/', section: '컨텍스트-스위칭-context-switching' },
  { kind: '미완성 음절', query: '서비스 디스커버ㄹ', page: '/api/api-gateway/', section: '서비스-디스커버리' },
  { kind: '미완성 음절', query: '마이크로서비ㅅ', page: '/architecture/msa/' },
  // 9. The query names a section: its page first, that section its first sub-result
  { kind: '절 이름', query: '레디스 센티넬', page: '/data/redis/', section: 'replication과-sentinel' },
  { kind: '절 이름', query: '레디스 클러스터', page: '/data/redis/', section: 'cluster' },
  { kind: '절 이름', query: '레디스 영속성', page: '/data/redis/', section: 'redis-영속성' },
  { kind: '절 이름', query: '쿠버네티스 디플로이먼트', page: '/containers/kubernetes-objects/', section: '디플로이먼트-deployment' },
  { kind: '절 이름', query: '쿠버네티스 인그레스', page: '/containers/kubernetes-objects/', section: '인그레스-ingress' },
  { kind: '절 이름', query: '카프카 오프셋', page: '/messaging/kafka/', section: 'offset' },
  { kind: '절 이름', query: '카프카 컨슈머 그룹', page: '/messaging/kafka/', section: 'consumer-group' },
  { kind: '절 이름', query: '카프카 리더 선출', page: '/messaging/kafka-reliability/', section: '리더-선출' },
  { kind: '절 이름', query: '로드밸런싱 라운드 로빈', page: '/network/load-balancing/', section: 'round-robin' },
  { kind: '절 이름', query: '리버스 프록시 사용 이유', page: '/network/proxy/', section: '리버스-프록시-사용-이유' },
  { kind: '절 이름', query: 'TLS 핸드셰이크', page: '/security/https-tls/', section: '작동-원리-tls-handshake' },
  { kind: '절 이름', query: 'RDS 읽기 전용 복제본', page: '/cloud/aws-rds/', section: 'read-replica-읽기-전용-복제본' },
  { kind: '절 이름', query: 'CDN 캐시 무효화', page: '/network/cdn/', section: '캐시-무효화-전략' },
  { kind: '절 이름', query: 'gRPC 작동 방식', page: '/api/grpc/', section: '작동-방식' },
  { kind: '절 이름', query: '웹소켓 연결 수립', page: '/api/websocket/', section: '연결-수립-과정' },
  { kind: '절 이름', query: 'CAP 가용성', page: '/fundamentals/cap-theorem/', section: '가용성-availability' },
  { kind: '절 이름', query: '데이터베이스 샤딩', page: '/data/database/', section: '샤딩' },
  { kind: '절 이름', query: 'EC2 인스턴스 타입', page: '/cloud/aws/', section: '인스턴스-타입' },
  { kind: '절 이름', query: '클라우드워치 알람', page: '/cloud/aws-cloudwatch/', section: '알람-cloudwatch-alarms' },
  // 10. Mixed script, one word an alias: every word matched on its own
  { kind: '혼합 표기', query: 'k8s 디플로이먼트', page: '/containers/kubernetes-objects/', section: '디플로이먼트-deployment' },
  { kind: '혼합 표기', query: 'Docker 이미지 빌드', page: '/containers/docker/', section: 'dockerfile' },
  { kind: '혼합 표기', query: 'kafka 파티션', page: '/messaging/kafka/', section: '파티션-partition' },
  { kind: '혼합 표기', query: 'Redis 싱글 스레드', page: '/data/redis/', section: '싱글-스레드-동작-원리' },
  { kind: '혼합 표기', query: 'k8s 컨트롤 플레인', page: '/containers/kubernetes/', section: 'control-plane-핵심-구성-요소' },
  { kind: '혼합 표기', query: 'ELB 헬스 체크', page: '/cloud/aws-elb/', section: '헬스-체크-health-check' },
  { kind: '혼합 표기', query: 'MQ 아웃박스', page: '/messaging/message-queue/', section: '아웃박스-패턴-outbox-pattern' },
  { kind: '혼합 표기', query: 'Kafka 리밸런싱', page: '/messaging/kafka-reliability/', section: '컨슈머-리밸런싱-consumer-rebalancing' },
  { kind: '혼합 표기', query: 'RDS 자동 백업', page: '/cloud/aws-rds/', section: '자동-백업' },
  // 11. Loanwords for terms the notes write in English (and English for terms they write in Korean)
  { kind: '외래어', query: '서킷 브레이커', page: '/architecture/msa/' },
  { kind: '외래어', query: '사가 패턴', page: '/architecture/msa/' },
  { kind: '외래어', query: '아이템포턴트', page: '/messaging/message-queue/' },
  { kind: '외래어', query: 'idempotent', page: '/messaging/message-queue/' },
  { kind: '외래어', query: '멱등성', page: '/messaging/message-queue/' },
  { kind: '외래어', query: '센티넬', page: '/data/redis/', section: 'replication과-sentinel' },
  { kind: '외래어', query: '라운드 로빈', page: '/network/load-balancing/', section: 'round-robin' },
  { kind: '외래어', query: '리스트 커넥션', page: '/network/load-balancing/', section: 'least-connection' },
  { kind: '외래어', query: '컨시스턴트 해싱', page: '/network/load-balancing/', section: 'consistent-hashing' },
  { kind: '외래어', query: '라이트 백', page: '/data/caching/', section: 'write-back' },
  { kind: '외래어', query: '룩 어사이드', page: '/data/caching/', section: 'look-aside-cache-aside' },
  { kind: '외래어', query: '커스터마이즈', page: '/containers/kubernetes-objects/', section: 'kustomize' },
  { kind: '외래어', query: '엣지 컴퓨팅', page: '/network/cdn/', section: 'edge-computing' },
];
