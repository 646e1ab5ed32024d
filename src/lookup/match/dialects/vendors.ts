/**
 * Vendor evidence, as data (issue 8 §2): the words that show which product a paste comes from.
 *
 * - `PRODUCT_EVIDENCE`: for a library stem a page belongs to (libraries.ts), the words that show the paste really
 *   comes from that product. `aws` pages of this site are Bedrock pages, so the evidence is Bedrock's, not AWS's
 *   at large: an S3 `NoCredentialsError` is not evidence for the Bedrock page.
 * - `FOREIGN_VENDORS`: other vendors whose errors look like this site's (OpenAI's `RateLimitError`, Gemini's 429,
 *   pip's certificate error). A paste naming one and none of the page's own products gets at most low confidence.
 *
 * A maintainer of another errata site edits these lists; nothing else in the matcher names a vendor.
 * Matching is case-insensitive, on whole words for short terms, a version number allowed after them (`llama3`; see
 * `hasTerm`); a term written `^term` must start a word (`^lmstudio`: LM Studio, not TensorOps' `llmstudio`).
 */

export const PRODUCT_EVIDENCE: Readonly<Record<string, readonly string[]>> = {
  // Ids the API mints name it wherever they are passed on: request ids `req_011…` and tool-use ids `toolu_…` (Vertex
  // AI and Bedrock put their tag after the prefix: `toolu_vrtx_01…`, `toolu_bdrk_01…`; parameterize.ts).
  anthropic: ["anthropic", "claude", "api.anthropic.com", "anthropicexception", "anthropicerror", "@anthropic-ai", "x-api-key", "req_011", "toolu_", "overloaded_error"],
  aws: ["bedrock", "bedrock-runtime", "invokemodel", "invokemodelwithresponsestream", "converse", "conversestream", "anthropic.claude", "bedrockexception", "anthropicbedrock"],
  google: ["aiplatform", "vertex", "vertex_ai", "anthropicvertex", "publishers/anthropic", "publisher model", "cloud_ml_region", "claude"],
  httpx: ["anthropic", "claude"],
  httpcore: ["anthropic", "claude"],
};

/**
 * HTTP statuses only one product's API sends, by library stem: a paste that shows one (Goose's `Request failed with
 * status: 529 <unknown status code>`) names that product for a status-only match as its words would
 * (status-fallback.ts). 529 is not a registered HTTP status; Anthropic's API documents it as `overloaded_error`
 * (https://docs.claude.com/en/api/errors). That no other model API sends it is unconfirmed; a paste naming another
 * vendor is still capped (score.ts), and a status-only match is never more than low confidence.
 */
export const PRODUCT_STATUSES: Readonly<Record<string, readonly number[]>> = {
  anthropic: [529],
};

/**
 * Evidence words that name this site's model, not the way it was reached: chat apps and relays (Poe, Cursor, a
 * company proxy) serve Claude over their own connections. They show the product for the API's own words; for an HTTP
 * client's error on a page about the API or SDK (`httpx.RemoteProtocolError` on the peer-closed page) they do not show
 * that the SDK made the connection, so high confidence needs another word of the product, a hosting platform's word,
 * or the SDK's own frames or type (score.ts).
 */
export const MODEL_ONLY_TERMS: ReadonlySet<string> = new Set(["claude"]);

/**
 * Gateways named after this site's product that send its clients to any vendor's models (musistudio's
 * claude-code-router, claude-code-proxy to OpenAI or Gemini): their names are not read as product evidence.
 */
export const ROUTER_NAMES: readonly string[] = ["claude-code-router", "claude-code-proxy"];

/**
 * Platforms that host many vendors' models: their words say where a model runs, not whose it is. When another model
 * vendor is named too (Gemini on Vertex AI, Llama on Bedrock), the platform alone does not show this site's product.
 */
export const PLATFORM_LIBRARIES: ReadonlySet<string> = new Set(["aws", "google"]);

/**
 * For each platform, the words that show the model it ran is this site's (Claude). A page whose words the platform
 * says whatever model answered (`match.generic`: Bedrock's "The provided model identifier is invalid." reaches Titan's
 * and Qwen's users too) needs one of them, not only the platform's name, for high confidence. A site about the platform
 * itself, for every model, leaves its entry out.
 */
export const PLATFORM_MODEL_EVIDENCE: Readonly<Record<string, readonly string[]>> = {
  aws: ["claude", "anthropic"],
  google: ["claude", "anthropic"],
};

export const FOREIGN_VENDORS: Readonly<Record<string, readonly string[]>> = {
  openai: ["openai", "openaiexception", "api.openai.com", "gpt-", "chatgpt", "insufficient_quota", "azure_openai", "azureopenai", "azure openai"],
  gemini: ["gemini", "generativelanguage", "google.genai", "google-genai", "genai", "googlegenerativeai", "publishers/google", "ai studio", "aistudio"],
  mistral: ["mistral", "mistralai"],
  cohere: ["cohere"],
  groq: ["groq"],
  deepseek: ["deepseek"],
  ollama: ["ollama"],
  openrouter: ["openrouter"],
  // Its name, and its Anthropic-compatible API's wording of code-2013 errors, `invalid params, <what> (2013)`, passed on
  // by Claude Code and relays with no model name (seven corpus pastes in four batches, all MiniMax's); JSON-RPC's
  // `Invalid params` (MCP) has no comma after it.
  minimax: ["minimax", "invalid params,"],
  "other model families": ["llama", "qwen", "mixtral", "gemma", "moonshot", "kimi", "glm-", "zhipu", "dashscope", "doubao", "titan", "nova-", "cohere.command", "ai21"],
  "other LLM servers": ["vllm", "llama.cpp", "llama_cpp", "fastchat", "lm studio", "^lmstudio", "together.ai", "fireworks", "perplexity", "x.ai", "grok", "siliconflow"],
  "other model hosts": ["replicate", "huggingface", "hugging face", "watsonx", "cerebras", "sambanova", "anyscale", "voyageai", "qianfan", "hunyuan", "volcengine", "baichuan", "nebius", "novita"],
  "Python packaging": ["pip", "pypi", "files.pythonhosted.org", "pypi.org", "conda"],
  // AgentCore (`bedrock-agentcore`) runs agents, not model calls: its own timeouts and errors are not Bedrock's
  // model runtime's, though its name holds the word `bedrock`.
  "other AWS services": ["s3", "dynamodb", "kinesis", "transcribe", "getobject", "putobject", "putitem", "lambda", "sqs", "s3fs", "bedrock-agentcore"],
};

/**
 * Libraries whose exceptions every product's users see (HTTP clients, cloud SDKs at large, gateways to many model
 * vendors such as litellm): a page whose template type comes from one of them (`httpx.RemoteProtocolError`,
 * `botocore.exceptions.NoCredentialsError`) is about a generic error, and needs its product named in the paste for
 * high confidence however specific the words are; and a paste's type from one of them (`litellm.…VertexAIError`
 * around a Gemini quota error) does not show the page's product.
 */
export const GENERIC_LIBRARIES: ReadonlySet<string> = new Set(["litellm", "httpx", "httpcore", "h11", "aws", "google", "requests", "urllib3", "aiohttp", "undici", "node-fetch", "axios"]);

/**
 * Error kinds a hosting platform puts in its own bodies, whatever model answered: Google's canonical status codes
 * (`{'error': {'code': 429, 'message': 'Resource has been exhausted (e.g. check quota).', 'status':
 * 'RESOURCE_EXHAUSTED'}}` reaches users of Gemini and of Claude on Vertex AI alike). A template whose body carries
 * one is the platform's words, not the product's, so high confidence needs the page's product named in the paste,
 * as for a generic library's type (GENERIC_LIBRARIES).
 */
export const PLATFORM_ERROR_KINDS: ReadonlySet<string> = new Set([
  "cancelled",
  "unknown",
  "invalid_argument",
  "deadline_exceeded",
  "not_found",
  "already_exists",
  "permission_denied",
  "resource_exhausted",
  "failed_precondition",
  "aborted",
  "out_of_range",
  "unimplemented",
  "internal",
  "unavailable",
  "data_loss",
  "unauthenticated",
]);

/**
 * Whether a lowercased text holds a term: as a substring for terms of six characters or more or with
 * punctuation, as a whole word otherwise (`pip` must not match `pipeline`), which may carry a version number
 * (`llama3`, `pip3`); `^term`, at the start of a word.
 * @param lower The text, lowercased.
 * @param term A term from the lists above.
 * @returns True when present.
 */
export function hasTerm(lower: string, term: string): boolean {
  const wordStart = term.startsWith("^");
  const word = wordStart ? term.slice(1) : term;
  if (!wordStart && (word.length >= 6 || /[^a-z0-9]/.test(word))) return lower.includes(word);
  // A whole word, or for `^term` the start of one.
  let from = 0;
  for (;;) {
    const at = lower.indexOf(word, from);
    if (at < 0) return false;
    const before = lower[at - 1] ?? " ";
    const after = lower[at + word.length] ?? " ";
    // A version may follow a name that ends in a letter: model families are written `llama3`, `qwen2.5`, `gemma2`.
    const ends = wordStart || !/[a-z0-9]/.test(after) || (/[a-z]$/.test(word) && /[0-9]/.test(after));
    if (!/[a-z0-9]/.test(before) && ends) return true;
    from = at + 1;
  }
}
