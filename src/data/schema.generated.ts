// GENERATED FILE, do not edit: run `node scripts/generate-types.mjs`.
// src/data/entente-timeline.schema.json without its annotations, interpreted by validate.ts;
// each reference to a definition is the definition itself.
export const IdSchema = {
  "type": "string",
  "minLength": 1
} as const;

export const PartySchema = {
  "type": "object",
  "required": [
    "id",
    "name"
  ],
  "properties": {
    "id": IdSchema,
    "name": {
      "type": "string",
      "minLength": 1
    },
    "short": {
      "type": [
        "string",
        "null"
      ]
    },
    "color": {
      "type": [
        "string",
        "null"
      ]
    },
    "kind": {
      "type": [
        "string",
        "null"
      ],
      "enum": [
        "state",
        "organisation",
        "person",
        "other",
        null
      ]
    },
    "flag": {
      "type": [
        "string",
        "null"
      ]
    }
  }
} as const;

export const PersonSchema = {
  "type": "object",
  "required": [
    "id",
    "name"
  ],
  "properties": {
    "id": IdSchema,
    "name": {
      "type": "string",
      "minLength": 1
    },
    "role": {
      "type": [
        "string",
        "null"
      ]
    },
    "party": {
      "type": [
        "string",
        "null"
      ]
    }
  }
} as const;

export const TopicSchema = {
  "type": "object",
  "required": [
    "id",
    "label"
  ],
  "properties": {
    "id": IdSchema,
    "label": {
      "type": "string",
      "minLength": 1
    }
  }
} as const;

export const DateStringSchema = {
  "type": "string",
  "pattern": "^(?:-?[0-9]{4}|[+-][0-9]{5,6})(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01])(?:T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]+)?)?(?:Z|[+-](?:(?:0[0-9]|1[0-7]):[0-5][0-9]|18:00)))?)?)?$"
} as const;

export const LocationSchema = {
  "type": "object",
  "properties": {
    "name": {
      "type": [
        "string",
        "null"
      ]
    },
    "country": {
      "type": [
        "string",
        "null"
      ]
    }
  }
} as const;

export const QuoteSchema = {
  "type": "object",
  "required": [
    "text"
  ],
  "properties": {
    "text": {
      "type": "string",
      "minLength": 1
    },
    "by": {
      "type": [
        "string",
        "null"
      ]
    }
  }
} as const;

export const SourceSchema = {
  "type": "object",
  "required": [
    "url"
  ],
  "properties": {
    "title": {
      "type": [
        "string",
        "null"
      ]
    },
    "url": {
      "type": "string"
    }
  }
} as const;

export const ImageSchema = {
  "type": "object",
  "required": [
    "url"
  ],
  "properties": {
    "url": {
      "type": "string"
    },
    "alt": {
      "type": [
        "string",
        "null"
      ]
    },
    "credit": {
      "type": [
        "string",
        "null"
      ]
    }
  }
} as const;

export const TimelineEventInputSchema = {
  "type": "object",
  "required": [
    "id",
    "date",
    "title",
    "parties"
  ],
  "properties": {
    "id": IdSchema,
    "date": DateStringSchema,
    "end": {
      "anyOf": [
        DateStringSchema,
        {
          "type": "null"
        }
      ]
    },
    "title": {
      "type": "string",
      "minLength": 1
    },
    "label": {
      "type": [
        "string",
        "null"
      ]
    },
    "parties": {
      "type": "array",
      "minItems": 1,
      "items": IdSchema
    },
    "kind": {
      "type": [
        "string",
        "null"
      ],
      "enum": [
        "visit",
        "meeting",
        "call",
        "statement",
        "agreement",
        "summit",
        "other",
        null
      ]
    },
    "host": {
      "type": [
        "string",
        "null"
      ]
    },
    "location": {
      "anyOf": [
        LocationSchema,
        {
          "type": "null"
        }
      ]
    },
    "people": {
      "type": [
        "array",
        "null"
      ],
      "items": IdSchema
    },
    "summary": {
      "type": [
        "string",
        "null"
      ]
    },
    "quotes": {
      "type": [
        "array",
        "null"
      ],
      "items": QuoteSchema
    },
    "topics": {
      "type": [
        "array",
        "null"
      ],
      "items": IdSchema
    },
    "sources": {
      "type": [
        "array",
        "null"
      ],
      "items": SourceSchema
    },
    "image": {
      "anyOf": [
        ImageSchema,
        {
          "type": "null"
        }
      ]
    },
    "related": {
      "type": [
        "array",
        "null"
      ],
      "items": IdSchema
    },
    "importance": {
      "type": [
        "integer",
        "null"
      ],
      "enum": [
        1,
        2,
        3,
        null
      ]
    }
  }
} as const;

export const documentSchema = {
  "type": "object",
  "required": [
    "version",
    "parties",
    "events"
  ],
  "properties": {
    "version": {
      "const": 1
    },
    "title": {
      "type": [
        "string",
        "null"
      ]
    },
    "description": {
      "type": [
        "string",
        "null"
      ]
    },
    "locale": {
      "type": [
        "string",
        "null"
      ]
    },
    "parties": {
      "type": "array",
      "items": PartySchema
    },
    "people": {
      "type": [
        "array",
        "null"
      ],
      "items": PersonSchema
    },
    "topics": {
      "type": [
        "array",
        "null"
      ],
      "items": TopicSchema
    },
    "events": {
      "type": "array",
      "items": TimelineEventInputSchema
    }
  }
} as const;
