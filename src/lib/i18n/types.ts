/** The two languages of the UI, and one message in both: Chinese first (the planners'), English for colleagues. */
export type Lang = 'zh' | 'en';
export type Msg = Record<Lang, string>;
/** Values for a message's `{name}` placeholders. */
export type Vars = Record<string, string | number>;
/** A refusal that reaches a screen: a stable code (for code and tests) and its words in both languages. */
export type Failure = { code: string; msg: Msg };
