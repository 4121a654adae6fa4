/** JSON Schema of the config file; every key optional, unknown keys refused (they are typos). */
export const CONFIG_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    input: {
      type: 'object',
      additionalProperties: false,
      properties: {
        path: { type: 'string', minLength: 1 },
        timeZone: { type: 'string', minLength: 1 },
        referenceDate: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
        feeds: { type: 'array', items: { type: 'string', pattern: '^https?://' } },
        maxFileMegabytes: { type: 'number', exclusiveMinimum: 0, maximum: 1024 },
        feedTimeoutSeconds: { type: 'number', exclusiveMinimum: 0, maximum: 600 },
        feedMaxMegabytes: { type: 'number', exclusiveMinimum: 0, maximum: 1024 },
      },
    },
    out: { type: 'string', minLength: 1 },
    digest: {
      type: 'object',
      additionalProperties: false,
      properties: {
        title: { type: 'string', minLength: 1 },
        locale: { type: 'string', minLength: 2 },
        timeZone: { type: 'string', minLength: 1 },
        accent: { type: 'string', pattern: '^#[0-9a-fA-F]{6}$' },
        sections: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: ['this-week', 'ahead', 'earlier'] } },
        maxItemsPerSection: { type: 'integer', minimum: 1, maximum: 500 },
        unsubscribeUrl: { type: 'string', pattern: '^(https?|mailto):' },
        lookbackWeeks: { type: 'integer', minimum: 0, maximum: 52 },
      },
    },
    email: {
      type: 'object',
      additionalProperties: false,
      properties: {
        from: { type: 'string', minLength: 3 },
        senderName: { type: 'string' },
        subject: { type: 'string', minLength: 1 },
        dkim: {
          type: 'object',
          additionalProperties: false,
          required: ['domainName', 'keySelector', 'privateKeyFile'],
          properties: { domainName: { type: 'string' }, keySelector: { type: 'string' }, privateKeyFile: { type: 'string' } },
        },
        pool: {
          type: 'object',
          additionalProperties: false,
          properties: {
            maxConnections: { type: 'integer', minimum: 1, maximum: 50 },
            rateLimit: { type: 'integer', minimum: 1 },
            rateDeltaMs: { type: 'integer', minimum: 1 },
          },
        },
        retries: {
          type: 'object',
          additionalProperties: false,
          properties: { max: { type: 'integer', minimum: 0, maximum: 20 }, backoffMs: { type: 'integer', minimum: 0 } },
        },
        allowInsecureLoopback: { type: 'boolean' },
        unsubscribeMailto: { type: 'string', pattern: '^mailto:[^\\s<>]+@' },
        timeoutMs: { type: 'integer', minimum: 100, maximum: 600000 },
      },
    },
  },
} as const;
