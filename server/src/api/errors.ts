// The one error the Node API throws for bad input: an invalid option or config, with where it is.

export interface PlanDocErrorWhere {
  /** the config file, or "options.config" for an inline config object */
  file?: string;
  /** the offending key: rules.numbering-sequence */
  key?: string;
  /** 1-based line in the config file */
  line?: number;
}

export class PlanDocError extends Error {
  readonly file?: string;
  readonly key?: string;
  readonly line?: number;
  /** the message in both languages; `message` is the English one with the place in front */
  readonly messages: { zh: string; en: string };

  constructor(messages: { zh: string; en: string }, where: PlanDocErrorWhere = {}) {
    const place = [where.file && `${where.file}${where.line ? `:${where.line}` : ''}`, where.key && `(${where.key})`].filter(Boolean).join(' ');
    super(place ? `${place}: ${messages.en}` : messages.en);
    this.name = 'PlanDocError';
    this.messages = messages;
    this.file = where.file;
    this.key = where.key;
    this.line = where.line;
  }
}
