/** The parts of doiuse and es-check that tests/build/compat.test.ts uses (neither ships types). */
declare module 'doiuse' {
  import type { PluginCreator } from 'postcss';
  export interface DoiuseUsage {
    feature: string;
    featureData: { missing?: string; partial?: string };
    usage: { toString(): string };
  }
  const doiuse: PluginCreator<{
    browsers: string[];
    onFeatureUsage?: (usage: DoiuseUsage) => void;
  }>;
  export default doiuse;
}

declare module 'es-check' {
  export function runChecks(
    configs: Record<string, unknown>[],
  ): Promise<{ success: boolean; errors: { file: string; err: Error }[] }>;
}
