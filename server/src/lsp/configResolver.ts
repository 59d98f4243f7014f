// Resolves the configuration of each document: editor settings merged with the
// .plandocrc files found above it. Cached until settings or a config file change.
import type { Connection } from 'vscode-languageserver';
import { URI } from './uri.js';
import type { ResolvedConfig } from '../core/config/types.js';
import { resolveConfig } from '../core/linter.js';
import { ConfigError, loadConfigForFile, matcherFor } from '../config/load.js';
import { normalizeSettings, settingsAsUserConfig, type PlandocSettings } from './settings.js';
import { SETTINGS_SECTION } from '../protocol.js';
import type { Localized } from '../core/types.js';

export interface DocumentConfig {
  settings: PlandocSettings;
  config: ResolvedConfig;
  /** config files that contributed, for the hover and the log */
  sources: string[];
  /** the file matches the `ignores` of its config file: never validated */
  ignored: boolean;
  /** bumps whenever settings or config files change, so cached lint results know they are stale */
  generation: number;
}

export interface ConfigProblem {
  file?: string;
  key?: string;
  line?: number;
  message: Localized;
  /** the whole message in both languages, naming the file, line and key */
  describe: Localized;
}

export class DocumentConfigResolver {
  private generation = 0;
  private readonly cache = new Map<string, Promise<DocumentConfig>>();
  /** settings pushed by clients that do not answer workspace/configuration */
  private pushedSettings: unknown;

  constructor(
    private readonly connection: Connection,
    private readonly canPullSettings: () => boolean,
    private readonly onConfigProblem: (problem: ConfigProblem) => void,
    /** how long the client may take to answer workspace/configuration */
    private readonly timeoutMs: () => number | undefined = () => undefined,
  ) {}

  get currentGeneration(): number {
    return this.generation;
  }

  /** Settings or config files changed: everything resolved so far is stale. */
  invalidate(pushedSettings?: unknown): void {
    if (pushedSettings !== undefined) this.pushedSettings = pushedSettings;
    this.generation++;
    this.cache.clear();
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  configFor(uri: string): Promise<DocumentConfig> {
    let pending = this.cache.get(uri);
    if (!pending) {
      pending = this.resolve(uri);
      this.cache.set(uri, pending);
      // a failure is not remembered: the next request tries again
      pending.catch(() => {
        if (this.cache.get(uri) === pending) this.cache.delete(uri);
      });
    }
    return pending;
  }

  private async settingsFor(uri: string): Promise<PlandocSettings> {
    if (this.canPullSettings()) {
      try {
        const answer = this.connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION });
        const raw: unknown = await withTimeout(answer, this.timeoutMs() ?? DEFAULT_CONFIGURATION_TIMEOUT_MS);
        if (raw === TIMED_OUT) {
          // a client that never answers must not mean no diagnostics ever: go on with the defaults
          this.connection.console.warn(`plandoc: the client did not answer workspace/configuration for ${uri}; using the default settings`);
        } else if (raw !== null && raw !== undefined) return normalizeSettings(raw);
        // a client with nothing configured answers null: then settings given at start-up still count
      } catch {
        // a client that advertised the capability but failed the request: fall back to pushed settings
      }
    }
    const pushed = this.pushedSettings as Record<string, unknown> | undefined;
    return normalizeSettings(pushed?.[SETTINGS_SECTION] ?? pushed);
  }

  private async resolve(uri: string): Promise<DocumentConfig> {
    const generation = this.generation;
    const settings = await this.settingsFor(uri);
    const userConfig = settingsAsUserConfig(settings);
    const filePath = URI.toFilePath(uri);
    if (filePath) {
      try {
        const { config, sources, ignores, baseDir } = loadConfigForFile(filePath, userConfig);
        const ignored = ignores.length > 0 && matcherFor(filePath, baseDir ?? '.')(ignores);
        return { settings, config, sources, ignored, generation };
      } catch (error) {
        this.onConfigProblem(describeConfigError(error));
      }
    }
    // untitled documents, or a broken config file: the editor settings alone, so checking goes on
    return { settings, config: resolveConfig(userConfig ?? {}, () => false), sources: [], ignored: false, generation };
  }
}

const DEFAULT_CONFIGURATION_TIMEOUT_MS = 5000;
const TIMED_OUT = Symbol('timed out');

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
    timer.unref?.();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function describeConfigError(error: unknown): ConfigProblem {
  if (error instanceof ConfigError) {
    return {
      file: error.file, key: error.key, line: error.line, message: error.localized,
      describe: { zh: error.format('zh'), en: error.format('en') },
    };
  }
  const text = error instanceof Error ? error.message : String(error);
  const message = { zh: text, en: text };
  return { message, describe: { zh: `读取配置失败：${text}`, en: `Could not read the configuration: ${text}` } };
}
