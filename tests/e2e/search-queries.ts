/**
 * The Korean query suite: what readers type, by class, with the page (and section, where the query
 * names one) that must be in the top 3. Used by the search tests and by `npm run bench:search`.
 */
export interface SearchCase {
  query: string;
  kind: '이름·음역' | '조사' | '띄어쓰기' | '복합어 중간' | '초성' | '영문·기호' | '오타·자판';
  page: string;
  section?: string;
}

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
];
