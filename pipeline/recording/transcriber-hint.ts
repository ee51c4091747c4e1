/** What to set so recorded stories can be transcribed: named in every refusal for want of one. */
export const TRANSCRIBER_KEYS_HINT = 'set AZURE_SPEECH_KEY with AZURE_SPEECH_REGION, or OPENAI_API_KEY (or AZURE_OPENAI_ENDPOINT with AZURE_OPENAI_API_KEY)';
