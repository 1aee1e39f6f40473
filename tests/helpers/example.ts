import exampleIssue from '../../assets/examples/weekly-sv-gemini.json';
import { type Issue, issueSchema, type TakeawayClipProps } from '../../src/schema';

export const EXAMPLE_ISSUE: Issue = issueSchema.parse(exampleIssue);

export const exampleProps = (overrides: Partial<TakeawayClipProps> = {}): TakeawayClipProps => ({
  issue: structuredClone(EXAMPLE_ISSUE),
  takeaway: 1,
  platform: 'reels',
  brand: {},
  ...overrides,
});

/**
 * The example issue with as much on screen as a frame gets: a long name, handle, link, title and call
 * to action, and a seventh takeaway whose headline takes 3 lines of the hook and whose points fill
 * two caption lines with keywords and unbreakable tokens.
 */
export const fullestIssue = (): Issue =>
  issueSchema.parse({
    ...structuredClone(EXAMPLE_ISSUE),
    newsletter: {
      name: '주간 실리콘밸리 테크 인사이트',
      handle: '@weekly.silicon.valley',
      url: 'https://newsletter.example.com/weekly-silicon-valley/issues/12',
    },
    title: '구글 제미나이 출시를 바라보며: 빅테크와 스타트업, 오픈소스의 다음 한 해',
    callToAction: '전체 이야기와 지난 호는 뉴스레터에서 확인하세요',
    takeaways: [
      ...EXAMPLE_ISSUE.takeaways,
      {
        headline: '빅테크 AI 경쟁에서 스타트업이 살아남는 단 하나의 조건',
        points: [
          '구글/메타/애플이 300억원 넘는 돈을 GPT-4급 모델에 쏟아붓는 동안, 작은 팀은 좋은 데이터를 골라내고 고객의 문제를 가장 빨리 푸는 데 집중해야 살아남을 수 있습니다.',
          'Gemini Nano처럼 기기 안에서 돌아가는 모델이 늘어나면 클라우드 비용을 감당하지 못하던 스타트업에게도 새로운 기회가 열립니다.',
        ],
        keywords: ['구글/메타/애플', '300억원', 'GPT-4', 'Gemini Nano'],
      },
    ],
  });
