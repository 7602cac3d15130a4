/**
 * The one ordered list of categories. The schema's `category` enum, the sidebar order,
 * category pages and breadcrumbs all come from here, so adding a category is one edit.
 * `slug` is the URL segment and the folder name under `content/`.
 */
export const categories = [
  { slug: 'containers', name: '컨테이너와 오케스트레이션', description: 'Docker 이미지와 컨테이너, Kubernetes 클러스터와 오브젝트' },
  { slug: 'cloud', name: '클라우드와 AWS', description: '클라우드 서비스 모델, 클라우드 전환, AWS 핵심 서비스' },
  { slug: 'devops', name: '배포와 운영', description: 'CI/CD 파이프라인, 서버 확장 전략, 로깅과 모니터링' },
  { slug: 'network', name: '네트워크와 트래픽', description: 'OSI와 TCP/IP, 프록시, 로드 밸런싱, CDN' },
  { slug: 'api', name: '통신과 API', description: 'API Gateway, GraphQL, gRPC, WebSocket' },
  { slug: 'messaging', name: '메시징과 이벤트', description: '메시지 큐, 전달 보장, Kafka의 구조와 장애 대응' },
  { slug: 'data', name: '데이터와 캐시', description: '데이터베이스 선택과 확장, 캐시 전략, Redis, 분산 락' },
  { slug: 'architecture', name: '아키텍처', description: '마이크로서비스, 도메인 주도 설계, 이벤트 기반 아키텍처, 리액티브 프로그래밍' },
  { slug: 'security', name: '보안과 인증', description: 'HTTPS와 TLS, SSO, 결제 카드 정보 토큰화' },
  { slug: 'fundamentals', name: '기초 이론', description: '지연 시간 수치, CAP 정리, 프로세스와 스레드' },
] as const;

export type Category = (typeof categories)[number];
export type CategorySlug = Category['slug'];

export const categorySlugs = categories.map((category) => category.slug) as [CategorySlug, ...CategorySlug[]];

export function findCategory(slug: string): Category | undefined {
  return categories.find((category) => category.slug === slug);
}
