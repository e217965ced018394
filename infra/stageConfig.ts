/**
 * What differs between stages (`-c stage=dev|prod`): whether data survives the stack, how long
 * logs are kept, which browser origins may call the API and how hard it is throttled.
 * Everything else is the same in every stage, so a dev deployment rehearses prod.
 */
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Node } from 'constructs';

export const stageNames = ['dev', 'prod'] as const;
export type StageName = (typeof stageNames)[number];

export interface StageConfig {
  stage: StageName;
  /** prod keeps tables, the secret and logs when the stack is deleted; dev removes them. */
  removalPolicy: RemovalPolicy;
  /** DynamoDB deletion protection: a table cannot be deleted, by the stack or by hand, until it is turned off. */
  deletionProtection: boolean;
  logRetention: RetentionDays;
  /** Browser origins allowed by the HTTP API's CORS configuration. */
  corsOrigins: string[];
  /** Default-route throttling of the API stage (requests per second, burst). */
  throttle: { rateLimit: number; burstLimit: number };
  /** The API's p99 latency above which the latency alarm fires. */
  latencyP99Threshold: Duration;
  /** Where alarm notifications go (an email subscription to the alarm topic), if anywhere. */
  alarmEmail?: string;
}

const defaults: Record<StageName, Omit<StageConfig, 'stage' | 'corsOrigins' | 'alarmEmail'>> = {
  dev: {
    removalPolicy: RemovalPolicy.DESTROY,
    deletionProtection: false,
    logRetention: RetentionDays.TWO_WEEKS,
    throttle: { rateLimit: 20, burstLimit: 40 },
    latencyP99Threshold: Duration.seconds(3),
  },
  prod: {
    removalPolicy: RemovalPolicy.RETAIN,
    deletionProtection: true,
    logRetention: RetentionDays.SIX_MONTHS,
    throttle: { rateLimit: 100, burstLimit: 200 },
    latencyP99Threshold: Duration.seconds(2),
  },
};

/** A list from context: a JSON array (cdk.json) or a comma-separated string (`-c corsOrigins=a,b`). */
function listFrom(value: unknown, name: string): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string') return value.split(',').map((s) => s.trim()).filter(Boolean);
  throw new Error(`Context ${name} must be a list of origins or a comma-separated string`);
}

/**
 * The stage's settings from CDK context: `stage` (default dev), `corsOrigins` (overrides the
 * stage's list under `stages.<stage>.corsOrigins` in cdk.json) and `alarmEmail`.
 */
export function stageConfigFrom(node: Node): StageConfig {
  const stage = (node.tryGetContext('stage') ?? 'dev') as string;
  if (!(stageNames as readonly string[]).includes(stage)) {
    throw new Error(`Unknown stage "${stage}": use -c stage=${stageNames.join('|')}`);
  }
  const perStage = (node.tryGetContext('stages') ?? {}) as Record<string, { corsOrigins?: unknown; alarmEmail?: string }>;
  const origins = node.tryGetContext('corsOrigins') ?? perStage[stage]?.corsOrigins ?? [];
  const corsOrigins = listFrom(origins, 'corsOrigins');
  for (const origin of corsOrigins) {
    if (origin !== '*' && !/^https?:\/\/[^/\s]+$/.test(origin)) {
      throw new Error(`CORS origin "${origin}" must be scheme://host[:port] without a path`);
    }
  }
  const alarmEmail = (node.tryGetContext('alarmEmail') ?? perStage[stage]?.alarmEmail) as string | undefined;
  return { stage: stage as StageName, ...defaults[stage as StageName], corsOrigins, ...(alarmEmail ? { alarmEmail } : {}) };
}
