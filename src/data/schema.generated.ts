// GENERATED FILE, do not edit: run `node scripts/generate-types.mjs`.
// src/data/entente-timeline.schema.json without its annotations, interpreted by validate.ts.
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
      "items": {
        "$ref": "#/$defs/Party"
      }
    },
    "people": {
      "type": [
        "array",
        "null"
      ],
      "items": {
        "$ref": "#/$defs/Person"
      }
    },
    "topics": {
      "type": [
        "array",
        "null"
      ],
      "items": {
        "$ref": "#/$defs/Topic"
      }
    },
    "events": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/TimelineEventInput"
      }
    }
  },
  "$defs": {
    "Id": {
      "type": "string",
      "minLength": 1
    },
    "DateString": {
      "type": "string",
      "pattern": "^(?:-?[0-9]{4}|[+-][0-9]{5,6})(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01])(?:T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]+)?)?(?:Z|[+-](?:(?:0[0-9]|1[0-7]):[0-5][0-9]|18:00)))?)?)?$"
    },
    "Party": {
      "type": "object",
      "required": [
        "id",
        "name"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/Id"
        },
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
    },
    "Person": {
      "type": "object",
      "required": [
        "id",
        "name"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/Id"
        },
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
    },
    "Topic": {
      "type": "object",
      "required": [
        "id",
        "label"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/Id"
        },
        "label": {
          "type": "string",
          "minLength": 1
        }
      }
    },
    "Location": {
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
    },
    "Quote": {
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
    },
    "Source": {
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
    },
    "Image": {
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
    },
    "TimelineEventInput": {
      "type": "object",
      "required": [
        "id",
        "date",
        "title",
        "parties"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/Id"
        },
        "date": {
          "$ref": "#/$defs/DateString"
        },
        "end": {
          "anyOf": [
            {
              "$ref": "#/$defs/DateString"
            },
            {
              "type": "null"
            }
          ]
        },
        "title": {
          "type": "string",
          "minLength": 1
        },
        "parties": {
          "type": "array",
          "minItems": 1,
          "items": {
            "$ref": "#/$defs/Id"
          }
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
            {
              "$ref": "#/$defs/Location"
            },
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
          "items": {
            "$ref": "#/$defs/Id"
          }
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
          "items": {
            "$ref": "#/$defs/Quote"
          }
        },
        "topics": {
          "type": [
            "array",
            "null"
          ],
          "items": {
            "$ref": "#/$defs/Id"
          }
        },
        "sources": {
          "type": [
            "array",
            "null"
          ],
          "items": {
            "$ref": "#/$defs/Source"
          }
        },
        "image": {
          "anyOf": [
            {
              "$ref": "#/$defs/Image"
            },
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
          "items": {
            "$ref": "#/$defs/Id"
          }
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
    }
  }
} as const;
