// Made by scripts/tools/write-api-schemas.mjs from src/server/api-types.ts; do not edit.

/** JSON Schemas of the API's answers, by type name, as OpenAPI components. */
export const API_SCHEMAS: Readonly<Record<string, object>> = {
  "Address": {
    "type": "object",
    "properties": {
      "full": {
        "type": "string"
      },
      "street": {
        "type": "string"
      },
      "city": {
        "type": "string"
      },
      "region": {
        "type": "string"
      },
      "postalCode": {
        "type": "string"
      },
      "country": {
        "type": "string",
        "description": "ISO 3166-1 alpha-2 code."
      },
      "note": {
        "type": "string"
      }
    },
    "description": "A postal address; any part may be absent."
  },
  "AdjacentAnswer": {
    "type": "object",
    "properties": {
      "entity": {
        "$ref": "#/components/schemas/YenteEntity"
      },
      "adjacent": {
        "type": "object",
        "additionalProperties": {
          "type": "object",
          "properties": {
            "results": {
              "type": "array",
              "items": {
                "anyOf": [
                  {
                    "type": "string"
                  },
                  {
                    "$ref": "#/components/schemas/YenteEntity"
                  }
                ]
              }
            },
            "total": {
              "$ref": "#/components/schemas/YenteTotal"
            },
            "limit": {
              "type": "number"
            },
            "offset": {
              "type": "number"
            }
          },
          "required": [
            "results",
            "total",
            "limit",
            "offset"
          ]
        }
      }
    },
    "required": [
      "entity",
      "adjacent"
    ],
    "description": "GET /entities/{id}/adjacent."
  },
  "AdjacentPropertyAnswer": {
    "type": "object",
    "properties": {
      "results": {
        "type": "array",
        "items": {
          "anyOf": [
            {
              "type": "string"
            },
            {
              "$ref": "#/components/schemas/YenteEntity"
            }
          ]
        }
      },
      "total": {
        "$ref": "#/components/schemas/YenteTotal"
      },
      "limit": {
        "type": "number"
      },
      "offset": {
        "type": "number"
      }
    },
    "required": [
      "results",
      "total",
      "limit",
      "offset"
    ],
    "description": "GET /entities/{id}/adjacent/{property}: one page of one adjacent property."
  },
  "Alert": {
    "type": "object",
    "properties": {
      "id": {
        "type": "number"
      },
      "subjectId": {
        "type": "string"
      },
      "entityId": {
        "type": "string"
      },
      "list": {
        "type": "string"
      },
      "listVersion": {
        "type": "number",
        "description": "The list version the pair was last screened against."
      },
      "score": {
        "type": "number"
      },
      "explanation": {
        "description": "The hit as screening explained it (JSON)."
      },
      "status": {
        "$ref": "#/components/schemas/AlertStatus"
      },
      "firstRaisedAt": {
        "type": "string",
        "description": "ISO timestamp of the first time the pair was raised."
      },
      "updatedAt": {
        "type": "string"
      },
      "reopenReason": {
        "type": "string",
        "description": "Why a cleared alert was opened again, until the next decision."
      },
      "delistedIn": {
        "type": "number",
        "description": "The list version in which the entity was removed from its list."
      },
      "entityFacts": {
        "type": "object",
        "additionalProperties": {
          "type": "string"
        },
        "description": "Fingerprints of the entity's names, birth dates and identifiers when last screened."
      },
      "subjectHash": {
        "type": "string",
        "description": "The subject's hash when last screened."
      }
    },
    "required": [
      "id",
      "subjectId",
      "entityId",
      "list",
      "listVersion",
      "score",
      "explanation",
      "status",
      "firstRaisedAt",
      "updatedAt",
      "entityFacts",
      "subjectHash"
    ],
    "description": "One (subject, listed entity) pair that scored at or above the threshold."
  },
  "AlertAnswer": {
    "type": "object",
    "properties": {
      "alert": {
        "$ref": "#/components/schemas/Alert"
      },
      "decisions": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/StoredDecision"
        }
      },
      "subject": {
        "$ref": "#/components/schemas/StoredSubject",
        "description": "The subject's facts; absent once it is no longer watched."
      }
    },
    "required": [
      "alert",
      "decisions"
    ],
    "description": "GET /alerts/{id}: the alert and every decision on it, oldest first."
  },
  "AlertStatus": {
    "type": "string",
    "enum": [
      "open",
      "cleared",
      "confirmed"
    ],
    "description": "Where an alert stands: awaiting a decision, cleared as a false positive, or confirmed."
  },
  "AlertsAnswer": {
    "type": "object",
    "properties": {
      "alerts": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/ListedAlert"
        }
      }
    },
    "required": [
      "alerts"
    ],
    "description": "GET /alerts."
  },
  "AlgorithmConfigVar": {
    "type": "object",
    "properties": {
      "type": {
        "type": "string",
        "enum": [
          "string",
          "integer",
          "float",
          "boolean"
        ]
      },
      "description": {
        "type": "string"
      },
      "default": {
        "type": "number"
      }
    },
    "required": [
      "type",
      "description",
      "default"
    ],
    "description": "One setting of an algorithm, as yente's ConfigVar: its type and the value in effect."
  },
  "AlgorithmDescription": {
    "type": "object",
    "properties": {
      "name": {
        "type": "string"
      },
      "description": {
        "type": "string"
      },
      "features": {
        "type": "object",
        "additionalProperties": {
          "$ref": "#/components/schemas/AlgorithmFeature"
        }
      },
      "docs": {
        "type": "object",
        "properties": {
          "name": {
            "type": "string"
          },
          "features": {
            "type": "object",
            "additionalProperties": {
              "$ref": "#/components/schemas/AlgorithmFeature"
            }
          },
          "config": {
            "type": "object",
            "additionalProperties": {
              "$ref": "#/components/schemas/AlgorithmConfigVar"
            },
            "description": "The engine's effective settings, as yente's config variables (Sift does not take them per request)."
          }
        },
        "required": [
          "name",
          "features",
          "config"
        ]
      },
      "aliases": {
        "type": "array",
        "items": {
          "type": "string"
        },
        "description": "yente's algorithm names this one answers for."
      },
      "default_threshold": {
        "type": "number"
      }
    },
    "required": [
      "name",
      "description",
      "features",
      "docs",
      "aliases",
      "default_threshold"
    ],
    "description": "One algorithm of GET /algorithms."
  },
  "AlgorithmFeature": {
    "type": "object",
    "properties": {
      "description": {
        "type": "string"
      },
      "coefficient": {
        "type": [
          "number",
          "null"
        ]
      },
      "url": {
        "type": [
          "string",
          "null"
        ]
      }
    },
    "required": [
      "description",
      "coefficient",
      "url"
    ],
    "description": "One feature of an algorithm's score."
  },
  "AlgorithmsAnswer": {
    "type": "object",
    "properties": {
      "algorithms": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/AlgorithmDescription"
        }
      },
      "default": {
        "type": "string"
      },
      "best": {
        "type": "string"
      }
    },
    "required": [
      "algorithms",
      "default",
      "best"
    ],
    "description": "GET /algorithms."
  },
  "AnalyzeAnswer": {
    "$ref": "#/components/schemas/ArticleAnalysis",
    "description": "POST /analyze."
  },
  "AnalyzedEntity": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "name": {
        "type": "string"
      },
      "type": {
        "$ref": "#/components/schemas/MentionType"
      },
      "aliases": {
        "type": "array",
        "items": {
          "type": "string"
        },
        "description": "Other names used for it in the text."
      },
      "honorifics": {
        "type": "array",
        "items": {
          "type": "string"
        }
      },
      "mentions": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/TextSpan"
        }
      },
      "screening": {
        "anyOf": [
          {
            "$ref": "#/components/schemas/EntityScreening"
          },
          {
            "type": "null"
          }
        ]
      }
    },
    "required": [
      "aliases",
      "honorifics",
      "id",
      "mentions",
      "name",
      "screening",
      "type"
    ],
    "description": "An article entity with its screening (places and groups are not screened)."
  },
  "ArticleAnalysis": {
    "type": "object",
    "properties": {
      "title": {
        "type": [
          "string",
          "null"
        ]
      },
      "byline": {
        "type": [
          "string",
          "null"
        ]
      },
      "published": {
        "type": [
          "string",
          "null"
        ]
      },
      "site": {
        "type": [
          "string",
          "null"
        ]
      },
      "tags": {
        "type": "array",
        "items": {
          "type": "string"
        }
      },
      "text": {
        "type": "string"
      },
      "removed": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/RemovedText"
        }
      },
      "warnings": {
        "type": "array",
        "items": {
          "type": "string"
        }
      },
      "entities": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/AnalyzedEntity"
        }
      },
      "statements": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/Statement"
        }
      }
    },
    "required": [
      "title",
      "byline",
      "published",
      "site",
      "tags",
      "text",
      "removed",
      "warnings",
      "entities",
      "statements"
    ],
    "description": "The full answer for one article."
  },
  "AuditAnswer": {
    "type": "object",
    "properties": {
      "records": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/AuditRecord"
        }
      }
    },
    "required": [
      "records"
    ],
    "description": "GET /audit."
  },
  "AuditHead": {
    "type": "object",
    "properties": {
      "count": {
        "type": "number"
      },
      "hash": {
        "type": "string"
      }
    },
    "required": [
      "count",
      "hash"
    ],
    "description": "The end of the chain: how many records it holds and the last one's hash."
  },
  "AuditRecord": {
    "type": "object",
    "properties": {
      "caller": {
        "type": "string",
        "description": "`cli`, or the API key id that made the request."
      },
      "kind": {
        "type": "string",
        "description": "`screen` (one name), `batch-row`, `match` (yente-compatible API), `analyze` (an article)."
      },
      "input": {
        "description": "The input as normalised by the engine."
      },
      "lists": {
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "list": {
              "type": "string"
            },
            "version": {
              "type": "number"
            },
            "published": {
              "type": [
                "string",
                "null"
              ]
            }
          },
          "required": [
            "list",
            "version",
            "published"
          ]
        },
        "description": "The list versions screened against."
      },
      "engine": {
        "type": "string",
        "description": "Engine version and a hash of its settings."
      },
      "settingsHash": {
        "type": "string"
      },
      "results": {
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "entityId": {
              "type": "string"
            },
            "score": {
              "type": "number"
            },
            "match": {
              "type": "boolean"
            }
          },
          "required": [
            "entityId",
            "score",
            "match"
          ]
        },
        "description": "Hits: ids, scores and match flags."
      },
      "seq": {
        "type": "number"
      },
      "at": {
        "type": "string",
        "description": "ISO timestamp."
      },
      "prevHash": {
        "type": "string"
      },
      "hash": {
        "type": "string"
      },
      "keyed": {
        "type": "boolean",
        "const": true,
        "description": "True when `hash` is an HMAC under the audit key; absent on records written before the chain was keyed, whose `hash` is a plain SHA-256."
      }
    },
    "required": [
      "at",
      "caller",
      "engine",
      "hash",
      "input",
      "kind",
      "lists",
      "prevHash",
      "results",
      "seq",
      "settingsHash"
    ],
    "description": "One stored audit record, chained to the one before by its hash."
  },
  "AuditVerification": {
    "type": "object",
    "properties": {
      "ok": {
        "type": "boolean"
      },
      "records": {
        "type": "number",
        "description": "Records checked (up to and including the broken one)."
      },
      "keyed": {
        "type": "number",
        "description": "How many of them are keyed (HMAC); the others predate keying and use plain SHA-256."
      },
      "checkpoints": {
        "type": "number",
        "description": "Checkpoints read from the checkpoint file and checked against the chain."
      },
      "head": {
        "$ref": "#/components/schemas/AuditHead",
        "description": "The chain's end as verified, to keep outside the store (`sift audit verify --head`)."
      },
      "brokenAt": {
        "type": "object",
        "properties": {
          "seq": {
            "type": "number"
          },
          "reason": {
            "type": "string"
          }
        },
        "required": [
          "seq",
          "reason"
        ],
        "description": "The first record whose hash or link does not hold, with the reason."
      }
    },
    "required": [
      "ok",
      "records",
      "keyed",
      "checkpoints",
      "head"
    ],
    "description": "The outcome of checking the chain."
  },
  "AuditVerifyAnswer": {
    "$ref": "#/components/schemas/AuditVerification",
    "description": "GET /audit/verify."
  },
  "BatchFormat": {
    "type": "string",
    "enum": [
      "csv",
      "jsonl"
    ],
    "description": "The input formats of `sift batch`."
  },
  "BatchJobAnswer": {
    "$ref": "#/components/schemas/BatchJobStatus",
    "description": "POST /batch and GET /batch/{id}."
  },
  "BatchJobStatus": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "state": {
        "type": "string",
        "enum": [
          "running",
          "done",
          "failed",
          "cancelled"
        ],
        "description": "`cancelled` jobs stopped early at the caller's request; their rows done so far are kept."
      },
      "stage": {
        "type": "string",
        "enum": [
          "queued",
          "loading-lists",
          "screening",
          "finished"
        ],
        "description": "What a running job is doing: waiting behind another job, loading the lists into the screening workers (several seconds on all four lists), or screening rows."
      },
      "rowsDone": {
        "type": "number"
      },
      "rowsTotal": {
        "type": "number",
        "description": "Rows in the uploaded file (lines, less a CSV header): the denominator of progress."
      },
      "outputFormat": {
        "$ref": "#/components/schemas/BatchFormat"
      },
      "summary": {
        "$ref": "#/components/schemas/BatchSummary"
      },
      "error": {
        "type": "string"
      },
      "createdAt": {
        "type": "string"
      }
    },
    "required": [
      "id",
      "state",
      "stage",
      "rowsDone",
      "rowsTotal",
      "outputFormat",
      "createdAt"
    ],
    "description": "A batch job's state as the API reports it."
  },
  "BatchSummary": {
    "type": "object",
    "properties": {
      "rows": {
        "type": "number"
      },
      "alerts": {
        "type": "number"
      },
      "errors": {
        "type": "number"
      },
      "elapsedMs": {
        "type": "number"
      },
      "rowsPerSecond": {
        "type": "number"
      },
      "interrupted": {
        "type": "boolean"
      }
    },
    "required": [
      "rows",
      "alerts",
      "errors",
      "elapsedMs",
      "rowsPerSecond",
      "interrupted"
    ],
    "description": "The closing figures of a batch run."
  },
  "CatalogAnswer": {
    "type": "object",
    "properties": {
      "datasets": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/CatalogDataset"
        }
      },
      "current": {
        "type": "array",
        "items": {
          "type": "string"
        }
      },
      "outdated": {
        "type": "array",
        "items": {
          "type": "string"
        }
      },
      "index_stale": {
        "type": "boolean"
      }
    },
    "required": [
      "datasets",
      "current",
      "outdated",
      "index_stale"
    ],
    "description": "GET /catalog."
  },
  "CatalogDataset": {
    "type": "object",
    "properties": {
      "name": {
        "type": "string"
      },
      "title": {
        "type": "string"
      },
      "list": {
        "type": "string",
        "description": "Sift's short list name (un, ofac, eu, uk); absent on collections."
      },
      "version": {
        "type": [
          "string",
          "null"
        ]
      },
      "updated_at": {
        "type": [
          "string",
          "null"
        ]
      },
      "last_export": {
        "type": [
          "string",
          "null"
        ]
      },
      "published": {
        "type": [
          "string",
          "null"
        ]
      },
      "entity_count": {
        "type": "number"
      },
      "children": {
        "type": "array",
        "items": {
          "type": "string"
        }
      },
      "load": {
        "type": "boolean"
      },
      "index_version": {
        "type": [
          "string",
          "null"
        ]
      },
      "index_current": {
        "type": "boolean"
      },
      "aliases": {
        "type": "array",
        "items": {
          "type": "string"
        }
      },
      "stale": {
        "type": "boolean",
        "description": "True when the list's newest version is older than the configured age; absent on collections."
      },
      "stale_warning": {
        "type": "string",
        "description": "Why the list is stale, when it is."
      },
      "versions": {
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "version": {
              "type": "string"
            },
            "number": {
              "type": "number"
            },
            "published": {
              "type": [
                "string",
                "null"
              ]
            },
            "imported_at": {
              "type": [
                "string",
                "null"
              ]
            },
            "sha256": {
              "type": "string"
            },
            "active": {
              "type": "boolean"
            }
          },
          "required": [
            "version",
            "number",
            "published",
            "imported_at",
            "sha256",
            "active"
          ]
        }
      }
    },
    "required": [
      "name",
      "title",
      "version",
      "updated_at",
      "entity_count",
      "children",
      "load",
      "index_version",
      "index_current"
    ],
    "description": "One dataset or collection of GET /catalog."
  },
  "DatePrecision": {
    "type": "string",
    "enum": [
      "day",
      "month",
      "year",
      "range"
    ],
    "description": "How precise a date is."
  },
  "DecisionAnswer": {
    "type": "object",
    "properties": {
      "alert": {
        "$ref": "#/components/schemas/Alert"
      },
      "decision": {
        "$ref": "#/components/schemas/StoredDecision"
      }
    },
    "required": [
      "alert",
      "decision"
    ],
    "description": "POST /alerts/{id}/decisions."
  },
  "DeltaSummary": {
    "type": "object",
    "properties": {
      "list": {
        "$ref": "#/components/schemas/ListName"
      },
      "candidates": {
        "type": "number"
      },
      "screened": {
        "type": "number",
        "description": "Subjects screened."
      },
      "raised": {
        "type": "number",
        "description": "Alerts raised for the first time."
      },
      "reopened": {
        "type": "number",
        "description": "Cleared alerts opened again, with a reason."
      },
      "delisted": {
        "type": "number",
        "description": "Alerts whose entity left its list."
      },
      "errors": {
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "subjectId": {
              "type": "string"
            },
            "error": {
              "type": "string"
            }
          },
          "required": [
            "subjectId",
            "error"
          ]
        },
        "description": "Subjects that could not be screened (an invalid name or date), with the reason."
      }
    },
    "required": [
      "candidates",
      "delisted",
      "errors",
      "list",
      "raised",
      "reopened",
      "screened"
    ],
    "description": "The summary of the delta re-screen after one list import."
  },
  "DiffAnswer": {
    "$ref": "#/components/schemas/ListDiffReport",
    "description": "GET /lists/diff/{list}."
  },
  "EntityAnswer": {
    "type": "object",
    "properties": {
      "entity": {
        "$ref": "#/components/schemas/ListEntity"
      },
      "versions": {
        "type": "array",
        "items": {
          "type": "number"
        }
      },
      "id": {
        "type": "string"
      },
      "caption": {
        "type": "string"
      },
      "schema": {
        "type": "string"
      },
      "properties": {
        "$ref": "#/components/schemas/YenteProperties"
      },
      "datasets": {
        "type": "array",
        "items": {
          "type": "string"
        }
      },
      "referents": {
        "type": "array",
        "items": {
          "type": "string"
        }
      },
      "target": {
        "type": "boolean"
      },
      "first_seen": {
        "type": [
          "string",
          "null"
        ]
      },
      "last_seen": {
        "type": [
          "string",
          "null"
        ]
      },
      "last_change": {
        "type": [
          "string",
          "null"
        ]
      }
    },
    "required": [
      "caption",
      "datasets",
      "first_seen",
      "id",
      "last_change",
      "last_seen",
      "properties",
      "referents",
      "schema",
      "target"
    ],
    "description": "GET /entities/{id}: yente's entity, with Sift's own record of it beside (not on a Sanction) and the stored versions of its list that held it, oldest first."
  },
  "EntityChange": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "caption": {
        "type": "string"
      },
      "fields": {
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "field": {
              "type": "string"
            },
            "from": {},
            "to": {}
          },
          "required": [
            "field",
            "from",
            "to"
          ]
        }
      }
    },
    "required": [
      "id",
      "caption",
      "fields"
    ],
    "description": "One entity that differs between two versions, with the fields that changed."
  },
  "EntityHit": {
    "type": "object",
    "properties": {
      "entityId": {
        "type": "string"
      },
      "list": {
        "type": "string"
      },
      "reference": {
        "type": "string"
      },
      "caption": {
        "type": "string"
      },
      "score": {
        "type": "number"
      },
      "match": {
        "$ref": "#/components/schemas/HitStatus"
      },
      "queryName": {
        "type": "string",
        "description": "The article name that was screened and the listed name that answered it."
      },
      "matchedName": {
        "type": "object",
        "properties": {
          "full": {
            "type": "string"
          },
          "kind": {
            "$ref": "#/components/schemas/NameKind"
          }
        },
        "required": [
          "full",
          "kind"
        ]
      },
      "sameEntityAs": {
        "type": "string",
        "description": "`LIST REFERENCE` of the lead listing when this hit lists the same real-world entity."
      },
      "partialReason": {
        "type": "string",
        "description": "Why a hit that the engine scored above threshold is only partial."
      },
      "reason": {
        "type": "string",
        "description": "The listing reason from the list entry, when it gives one."
      },
      "countryEvidence": {
        "type": "array",
        "items": {
          "type": "string"
        },
        "description": "Countries of the listed entity that the article also names (evidence, not a score)."
      },
      "explanation": {
        "$ref": "#/components/schemas/Explanation"
      }
    },
    "required": [
      "entityId",
      "list",
      "reference",
      "caption",
      "score",
      "match",
      "queryName",
      "matchedName",
      "countryEvidence",
      "explanation"
    ],
    "description": "One list hit of an article entity, shown with its explanation."
  },
  "EntityName": {
    "type": "object",
    "properties": {
      "full": {
        "type": "string"
      },
      "kind": {
        "$ref": "#/components/schemas/NameKind"
      },
      "script": {
        "type": "string",
        "description": "ISO 15924 script code of the name as written, e.g. Latn, Arab, Cyrl."
      },
      "lang": {
        "type": "string",
        "description": "ISO 639 language code when the source gives one."
      },
      "parts": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/NamePart"
        }
      }
    },
    "required": [
      "full",
      "kind"
    ],
    "description": "One name of an entity."
  },
  "EntityScreening": {
    "type": "object",
    "properties": {
      "match": {
        "anyOf": [
          {
            "$ref": "#/components/schemas/HitStatus"
          },
          {
            "type": "string",
            "const": "none"
          }
        ]
      },
      "hits": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/EntityHit"
        }
      }
    },
    "required": [
      "match",
      "hits"
    ],
    "description": "The screening outcome of one article entity."
  },
  "ErrorBody": {
    "type": "object",
    "properties": {
      "error": {
        "type": "object",
        "properties": {
          "code": {
            "$ref": "#/components/schemas/ErrorCode"
          },
          "message": {
            "type": "string"
          }
        },
        "required": [
          "code",
          "message"
        ]
      }
    },
    "required": [
      "error"
    ],
    "description": "Every error of Sift's own routes."
  },
  "ErrorCode": {
    "type": "string",
    "enum": [
      "CONFIG_INVALID",
      "INPUT_NOT_FOUND",
      "INPUT_UNREADABLE",
      "INGEST_FORMAT_UNKNOWN",
      "INGEST_PARSE_FAILED",
      "INGEST_EMPTY",
      "IMPORT_REFUSED",
      "LIST_UNKNOWN",
      "VERSION_UNKNOWN",
      "STORE_UNAVAILABLE",
      "NETWORK_UNAVAILABLE",
      "QUERY_INVALID",
      "NOT_FOUND",
      "UNAUTHORIZED",
      "FORBIDDEN",
      "PAYLOAD_TOO_LARGE",
      "RATE_LIMITED",
      "NOT_READY",
      "UNSUPPORTED_MEDIA_TYPE",
      "TIMEOUT",
      "INPUT_TOO_COMPLEX",
      "INTERNAL"
    ],
    "description": "A machine-readable error code."
  },
  "EvidenceKind": {
    "type": "string",
    "enum": [
      "exact",
      "transliteration",
      "equivalent",
      "phonetic",
      "typo",
      "initial",
      "joined",
      "unmatched"
    ],
    "description": "The kind of evidence that aligned one query part with one listed part: `exact` (same token), `transliteration` (same after romanising another script), `equivalent` (a known variant of the same given name, e.g. Mohammed/Muhammad), `phonetic` (same sound key), `typo` (small edit), `initial` (a single letter standing for the listed part), `joined` (tokens merged or split, \"Siraj udin\" ↔ \"Sirajuddin\"), `unmatched` (a part with no counterpart on the other side)."
  },
  "ExplainAnswer": {
    "$ref": "#/components/schemas/Hit",
    "description": "POST /explain: the chosen entity scored against the query, even below the threshold."
  },
  "Explanation": {
    "type": "object",
    "properties": {
      "algorithm": {
        "type": "string",
        "description": "Engine version that produced the score, e.g. `sift-match-2`."
      },
      "threshold": {
        "type": "number",
        "description": "Threshold used to set `match`."
      },
      "nameScore": {
        "type": "number",
        "description": "Score of the name alone, before qualifiers, 0..1."
      },
      "score": {
        "type": "number",
        "description": "Final score after qualifiers, clamped to 0..1 (equals Hit.score)."
      },
      "queryTokens": {
        "type": "array",
        "items": {
          "type": "string"
        },
        "description": "The query name after normalisation, as the tokens that were compared."
      },
      "queryHonorifics": {
        "type": "array",
        "items": {
          "type": "string"
        },
        "description": "Honorifics and titles found in the query and kept aside, not matched (Mullah, Haji, Dr …)."
      },
      "matchedTokens": {
        "type": "array",
        "items": {
          "type": "string"
        },
        "description": "The matched list name's tokens after normalisation."
      },
      "parts": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/PartAlignment"
        },
        "description": "Alignment of name parts, in query order, then listed parts left unmatched."
      },
      "qualifiers": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/QualifierEffect"
        },
        "description": "Every qualifier's signed contribution."
      },
      "ofac": {
        "type": "object",
        "properties": {
          "score": {
            "type": "number"
          },
          "technique": {
            "type": "string",
            "enum": [
              "whole-name",
              "name-parts",
              "none"
            ]
          },
          "comparedWith": {
            "type": "string"
          }
        },
        "required": [
          "score",
          "technique",
          "comparedWith"
        ],
        "description": "The OFAC-parity score (0..100) and which technique produced it."
      },
      "lists": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/ListVersion"
        },
        "description": "Versions of the lists the hit was screened against."
      },
      "summary": {
        "type": "string",
        "description": "A short human-readable sentence summarising the above."
      }
    },
    "required": [
      "algorithm",
      "threshold",
      "nameScore",
      "score",
      "queryTokens",
      "queryHonorifics",
      "matchedTokens",
      "parts",
      "qualifiers",
      "ofac",
      "lists",
      "summary"
    ],
    "description": "Why a hit scored what it did: every number in it can be traced back to the inputs."
  },
  "HealthAnswer": {
    "type": "object",
    "properties": {
      "status": {
        "type": "string",
        "const": "ok"
      }
    },
    "required": [
      "status"
    ],
    "description": "GET /healthz: the process answers."
  },
  "Hit": {
    "type": "object",
    "properties": {
      "entityId": {
        "type": "string",
        "description": "`<list>:<reference>`, e.g. `un:TAi.144`."
      },
      "list": {
        "$ref": "#/components/schemas/ListName"
      },
      "reference": {
        "type": "string"
      },
      "caption": {
        "type": "string"
      },
      "schema": {
        "$ref": "#/components/schemas/Schema"
      },
      "score": {
        "type": "number",
        "description": "0..1; the same meaning for every schema."
      },
      "match": {
        "type": "boolean",
        "description": "True when `score` reaches the threshold in force."
      },
      "ofacScore": {
        "type": "number",
        "description": "What OFAC's Sanctions List Search would score this pair, 0..100."
      },
      "matchedName": {
        "type": "object",
        "properties": {
          "full": {
            "type": "string"
          },
          "kind": {
            "$ref": "#/components/schemas/NameKind"
          },
          "list": {
            "$ref": "#/components/schemas/ListName"
          }
        },
        "required": [
          "full",
          "kind",
          "list"
        ],
        "description": "The entity's name that produced the best score."
      },
      "explanation": {
        "$ref": "#/components/schemas/Explanation"
      },
      "alert": {
        "$ref": "#/components/schemas/PairAlert",
        "description": "Set when the caller named a watched subject and the pair (subject, this entity) has an alert: where it stands, so that a cleared pair is shown as cleared, never hidden."
      }
    },
    "required": [
      "entityId",
      "list",
      "reference",
      "caption",
      "schema",
      "score",
      "match",
      "ofacScore",
      "matchedName",
      "explanation"
    ],
    "description": "One listed entity that the query may refer to."
  },
  "HitStatus": {
    "type": "string",
    "enum": [
      "match",
      "partial"
    ],
    "description": "How a listed entity relates to an article entity: a full match, or a partial one."
  },
  "Identifier": {
    "type": "object",
    "properties": {
      "type": {
        "type": "string"
      },
      "value": {
        "type": "string"
      },
      "country": {
        "type": "string",
        "description": "ISO 3166-1 alpha-2 code of the issuing country."
      },
      "note": {
        "type": "string"
      }
    },
    "required": [
      "type",
      "value"
    ],
    "description": "An identity or registration document or number."
  },
  "ImportAnswer": {
    "type": "object",
    "properties": {
      "delta": {
        "$ref": "#/components/schemas/DeltaSummary"
      },
      "status": {
        "type": "string",
        "enum": [
          "imported",
          "unchanged",
          "reactivated"
        ],
        "description": "`unchanged` when these bytes are the active version already: nothing was written. `reactivated` when they match an older version, which becomes active again."
      },
      "version": {
        "$ref": "#/components/schemas/StoredVersion"
      },
      "issues": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/ParseIssue"
        }
      }
    },
    "required": [
      "issues",
      "status",
      "version"
    ],
    "description": "POST /lists/import; `delta` is the re-screen of watched subjects, when there are any."
  },
  "ListDiff": {
    "type": "object",
    "properties": {
      "added": {
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "id": {
              "type": "string"
            },
            "caption": {
              "type": "string"
            },
            "schema": {
              "type": "string"
            }
          },
          "required": [
            "id",
            "caption",
            "schema"
          ]
        }
      },
      "removed": {
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "id": {
              "type": "string"
            },
            "caption": {
              "type": "string"
            },
            "schema": {
              "type": "string"
            }
          },
          "required": [
            "id",
            "caption",
            "schema"
          ]
        }
      },
      "changed": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/EntityChange"
        }
      },
      "unchangedCount": {
        "type": "number"
      }
    },
    "required": [
      "added",
      "removed",
      "changed",
      "unchangedCount"
    ],
    "description": "What changed between two versions of a list."
  },
  "ListDiffReport": {
    "type": "object",
    "properties": {
      "list": {
        "$ref": "#/components/schemas/ListName"
      },
      "from": {
        "$ref": "#/components/schemas/StoredVersion"
      },
      "to": {
        "$ref": "#/components/schemas/StoredVersion"
      },
      "diff": {
        "$ref": "#/components/schemas/ListDiff"
      }
    },
    "required": [
      "list",
      "from",
      "to",
      "diff"
    ],
    "description": "A diff together with the two versions it compares."
  },
  "ListEntity": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string",
        "description": "Stable id: `<list>:<reference>`, e.g. `un:TAi.144`, `ofac:36`."
      },
      "list": {
        "$ref": "#/components/schemas/ListName"
      },
      "reference": {
        "type": "string",
        "description": "The list's own reference: UN reference number, OFAC ent_num, EU logical id, UK unique id."
      },
      "schema": {
        "$ref": "#/components/schemas/Schema"
      },
      "caption": {
        "type": "string"
      },
      "names": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/EntityName"
        }
      },
      "birthDates": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/PartialDate"
        }
      },
      "birthPlaces": {
        "type": "array",
        "items": {
          "type": "string"
        }
      },
      "nationalities": {
        "type": "array",
        "items": {
          "type": "string"
        },
        "description": "ISO 3166-1 alpha-2 codes."
      },
      "countries": {
        "type": "array",
        "items": {
          "type": "string"
        },
        "description": "Other countries linked to the entity (addresses, registration, flag), ISO alpha-2."
      },
      "identifiers": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/Identifier"
        }
      },
      "addresses": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/Address"
        }
      },
      "programs": {
        "type": "array",
        "items": {
          "type": "string"
        },
        "description": "Sanctions programmes or regimes, e.g. `SDGT`, `Taliban`, `Afghanistan`."
      },
      "titles": {
        "type": "array",
        "items": {
          "type": "string"
        },
        "description": "Honorifics and titles the list gives (Maulavi, Haji, Dr)."
      },
      "positions": {
        "type": "array",
        "items": {
          "type": "string"
        },
        "description": "Functions or positions held, e.g. \"Minister of Interior\"."
      },
      "listedOn": {
        "type": "string",
        "description": "YYYY-MM-DD."
      },
      "amendedOn": {
        "type": "array",
        "items": {
          "type": "string"
        },
        "description": "YYYY-MM-DD, oldest first."
      },
      "reason": {
        "type": "string",
        "description": "The narrative or remarks explaining the listing."
      },
      "gender": {
        "type": "string",
        "enum": [
          "male",
          "female"
        ]
      },
      "properties": {
        "type": "object",
        "additionalProperties": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "description": "Further facts in FtM property names (vessel `flag`, `imoNumber`, `callSign`, `listType` …)."
      }
    },
    "required": [
      "id",
      "list",
      "reference",
      "schema",
      "caption",
      "names",
      "birthDates",
      "birthPlaces",
      "nationalities",
      "countries",
      "identifiers",
      "addresses",
      "programs",
      "titles",
      "positions",
      "amendedOn",
      "properties"
    ],
    "description": "A listed person, organisation, vessel or aircraft, in one model for every list format."
  },
  "ListFormat": {
    "type": "string",
    "enum": [
      "un-xml",
      "ofac-csv",
      "ofac-json",
      "eu-xml",
      "eu-json",
      "uk-csv",
      "uk-xml",
      "uk-json",
      "ftm-json"
    ],
    "description": "The file formats Sift reads."
  },
  "ListName": {
    "type": "string",
    "description": "The lists Sift knows by name; any other name is accepted for imported FtM or custom lists."
  },
  "ListStatus": {
    "type": "object",
    "properties": {
      "list": {
        "type": "string"
      },
      "version": {
        "type": "number"
      },
      "published": {
        "type": [
          "string",
          "null"
        ]
      },
      "importedAt": {
        "type": "string"
      },
      "format": {
        "type": "string"
      },
      "fileName": {
        "type": "string"
      },
      "sha256": {
        "type": "string"
      },
      "entityCount": {
        "type": "number"
      },
      "countsBySchema": {
        "type": "object",
        "properties": {
          "Person": {
            "type": "number"
          },
          "Organization": {
            "type": "number"
          },
          "LegalEntity": {
            "type": "number"
          },
          "Vessel": {
            "type": "number"
          },
          "Aircraft": {
            "type": "number"
          }
        }
      },
      "skippedCount": {
        "type": "number"
      },
      "issueCount": {
        "type": "number"
      },
      "versions": {
        "type": "number",
        "description": "How many versions of the list the store keeps."
      },
      "stale": {
        "type": "boolean",
        "description": "True when the list's newest version is older than the configured age (staleAfter)."
      },
      "staleWarning": {
        "type": "string",
        "description": "Why the list is stale, for people; only when it is."
      }
    },
    "required": [
      "list",
      "version",
      "published",
      "importedAt",
      "format",
      "fileName",
      "sha256",
      "entityCount",
      "countsBySchema",
      "skippedCount",
      "issueCount",
      "versions",
      "stale"
    ],
    "description": "One loaded list as `sift lists status --json` and `GET /lists` report it."
  },
  "ListVersion": {
    "type": "object",
    "properties": {
      "list": {
        "$ref": "#/components/schemas/ListName"
      },
      "version": {
        "type": "number"
      },
      "published": {
        "type": [
          "string",
          "null"
        ],
        "description": "Publication date from the list file, YYYY-MM-DD, or null when the file gives none."
      }
    },
    "required": [
      "list",
      "version",
      "published"
    ],
    "description": "The version of one list an answer was computed from."
  },
  "ListedAlert": {
    "type": "object",
    "properties": {
      "subjectName": {
        "type": "string",
        "description": "The subject's first name (absent for a subject screened by identifiers alone)."
      },
      "id": {
        "type": "number"
      },
      "subjectId": {
        "type": "string"
      },
      "entityId": {
        "type": "string"
      },
      "list": {
        "type": "string"
      },
      "listVersion": {
        "type": "number",
        "description": "The list version the pair was last screened against."
      },
      "score": {
        "type": "number"
      },
      "explanation": {
        "description": "The hit as screening explained it (JSON)."
      },
      "status": {
        "$ref": "#/components/schemas/AlertStatus"
      },
      "firstRaisedAt": {
        "type": "string",
        "description": "ISO timestamp of the first time the pair was raised."
      },
      "updatedAt": {
        "type": "string"
      },
      "reopenReason": {
        "type": "string",
        "description": "Why a cleared alert was opened again, until the next decision."
      },
      "delistedIn": {
        "type": "number",
        "description": "The list version in which the entity was removed from its list."
      },
      "entityFacts": {
        "type": "object",
        "additionalProperties": {
          "type": "string"
        },
        "description": "Fingerprints of the entity's names, birth dates and identifiers when last screened."
      },
      "subjectHash": {
        "type": "string",
        "description": "The subject's hash when last screened."
      }
    },
    "required": [
      "entityFacts",
      "entityId",
      "explanation",
      "firstRaisedAt",
      "id",
      "list",
      "listVersion",
      "score",
      "status",
      "subjectHash",
      "subjectId",
      "updatedAt"
    ],
    "description": "An alert as listed, with the name its subject is shown by."
  },
  "ListsAnswer": {
    "type": "object",
    "properties": {
      "lists": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/ListStatus"
        }
      }
    },
    "required": [
      "lists"
    ],
    "description": "GET /lists."
  },
  "MatchAnswer": {
    "type": "object",
    "properties": {
      "responses": {
        "type": "object",
        "additionalProperties": {
          "$ref": "#/components/schemas/MatchQueryAnswer"
        }
      },
      "limit": {
        "type": "number"
      },
      "algorithm": {
        "type": "string"
      }
    },
    "required": [
      "responses",
      "limit",
      "algorithm"
    ],
    "description": "POST /match/{dataset}."
  },
  "MatchQueryAnswer": {
    "type": "object",
    "properties": {
      "status": {
        "type": "number"
      },
      "results": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/YenteResult"
        }
      },
      "total": {
        "$ref": "#/components/schemas/YenteTotal"
      },
      "query": {
        "type": "object",
        "properties": {
          "id": {
            "type": [
              "string",
              "null"
            ]
          },
          "schema": {
            "type": "string"
          },
          "properties": {
            "type": "object",
            "additionalProperties": {
              "type": "array",
              "items": {
                "type": "string"
              }
            }
          }
        },
        "required": [
          "id",
          "schema",
          "properties"
        ]
      },
      "subject": {
        "type": "string",
        "description": "The watched subject whose alerts are on the results (the query's `subject` or `id`)."
      }
    },
    "required": [
      "status",
      "results",
      "total",
      "query"
    ],
    "description": "The answer to one query of POST /match."
  },
  "MentionType": {
    "type": "string",
    "enum": [
      "person",
      "organization",
      "place",
      "group"
    ],
    "description": "The kinds of thing an article names."
  },
  "NameKind": {
    "type": "string",
    "enum": [
      "primary",
      "alias",
      "weak-alias",
      "former",
      "original-script"
    ],
    "description": "How a name relates to its entity. A weak alias is one the list itself marks as low quality (UN \"Low\", OFAC \"weak a.k.a.\"); OFAC FAQ 122 says such names alone should not raise an alert."
  },
  "NamePart": {
    "type": "object",
    "properties": {
      "type": {
        "$ref": "#/components/schemas/NamePartType"
      },
      "value": {
        "type": "string"
      }
    },
    "required": [
      "type",
      "value"
    ],
    "description": "One part of a name as the source gives it (UN FIRST_NAME, EU firstName, UK name1…)."
  },
  "NamePartType": {
    "type": "string",
    "enum": [
      "given",
      "middle",
      "family",
      "patronymic",
      "matronymic",
      "title",
      "suffix",
      "other"
    ],
    "description": "The role of one part of a name, where the source says it."
  },
  "NameQuery": {
    "type": "object",
    "properties": {
      "name": {
        "type": "string",
        "description": "The name as typed, in any script; may be left out (or empty) when `identifiers` are given, to find an entity by identifier alone (a vessel by its IMO number)."
      },
      "schema": {
        "anyOf": [
          {
            "$ref": "#/components/schemas/Schema"
          },
          {
            "type": "string",
            "const": "Any"
          }
        ],
        "description": "The kind of thing named; `Any` (the default) compares with every schema."
      },
      "birthDate": {
        "type": "string",
        "description": "Birth date as YYYY, YYYY-MM or YYYY-MM-DD."
      },
      "country": {
        "type": "string",
        "description": "Country or nationality: ISO 3166-1 alpha-2 or alpha-3 code in any case, or a name such as \"Russia\", \"Russian Federation\" or \"Iran (Islamic Republic of)\"; validation turns it into the alpha-2 code."
      },
      "identifiers": {
        "type": "array",
        "items": {
          "type": "string"
        },
        "description": "Identifiers of the subject as written anywhere: IMO numbers, passport and national ID numbers, registration numbers, SWIFT/BIC codes, digital-currency addresses. Compared after normalisation (\"IMO 9179834\" = \"9179834\"); an exact match is strong evidence."
      },
      "lists": {
        "type": "array",
        "items": {
          "type": "string"
        },
        "description": "Only screen against these lists (`un`, `ofac`, `eu`, `uk` …); all loaded lists when absent."
      },
      "threshold": {
        "type": "number",
        "description": "Score (0..1) at and above which a hit is flagged as a match; DEFAULT_THRESHOLD when absent."
      },
      "limit": {
        "type": "number",
        "description": "Most hits returned, best first."
      }
    },
    "description": "One name to screen, with the optional facts that raise or lower a hit's score."
  },
  "PairAlert": {
    "type": "object",
    "properties": {
      "id": {
        "type": "number",
        "description": "The alert's id, as `sift decide` and `/alerts/{id}` take it."
      },
      "status": {
        "$ref": "#/components/schemas/AlertStatus",
        "description": "`open`, `cleared` or `confirmed`. A cleared pair whose listed record changed since it was last screened is reported `open`, with the reason, as the next re-screen would reopen it."
      },
      "decision": {
        "type": "object",
        "properties": {
          "decision": {
            "type": "string",
            "enum": [
              "cleared",
              "confirmed"
            ]
          },
          "note": {
            "type": "string"
          },
          "by": {
            "type": "string"
          },
          "at": {
            "type": "string"
          }
        },
        "required": [
          "decision",
          "note",
          "by",
          "at"
        ],
        "description": "The decision in force (the newest), when one was taken."
      },
      "reopenReason": {
        "type": "string",
        "description": "Why a cleared pair is open again."
      },
      "delistedIn": {
        "type": "number",
        "description": "The list version that removed the entity, when it was delisted."
      }
    },
    "required": [
      "id",
      "status"
    ],
    "description": "The alert of a (watched subject, listed entity) pair as a screening answer reports it."
  },
  "ParseIssue": {
    "type": "object",
    "properties": {
      "level": {
        "type": "string",
        "enum": [
          "error",
          "warning"
        ],
        "description": "`error`: the record was skipped. `warning`: kept, with something dropped or doubtful."
      },
      "code": {
        "type": "string",
        "description": "Machine code, e.g. `RECORD_NO_NAME`, `DUPLICATE_REFERENCE`, `BAD_DATE`."
      },
      "message": {
        "type": "string"
      },
      "line": {
        "type": "number",
        "description": "1-based line of the file, where the format has lines."
      },
      "record": {
        "type": "string",
        "description": "The record's own reference, where known."
      }
    },
    "required": [
      "level",
      "code",
      "message"
    ],
    "description": "A problem with one record or line of a list file: data, not an exception."
  },
  "PartAlignment": {
    "type": "object",
    "properties": {
      "query": {
        "type": "array",
        "items": {
          "type": "string"
        },
        "description": "Query tokens, normalised; empty when a listed part has no counterpart in the query."
      },
      "matched": {
        "type": "array",
        "items": {
          "type": "string"
        },
        "description": "Tokens of the matched list name, normalised; empty when a query part found no counterpart."
      },
      "evidence": {
        "$ref": "#/components/schemas/EvidenceKind"
      },
      "similarity": {
        "type": "number",
        "description": "Similarity of the aligned parts, 0..1 (0 for unmatched parts)."
      },
      "weight": {
        "type": "number",
        "description": "Weight of the part in the name score: rare parts weigh more, common or generic ones less."
      },
      "note": {
        "type": "string",
        "description": "Why the weight is low, when it is: `common`, `particle`, `legal-form`, `generic`, `initial`."
      }
    },
    "required": [
      "query",
      "matched",
      "evidence",
      "similarity",
      "weight"
    ],
    "description": "How one query part (or several merged query tokens) lined up with part(s) of the matched name."
  },
  "PartialDate": {
    "type": "object",
    "properties": {
      "value": {
        "type": "string"
      },
      "precision": {
        "$ref": "#/components/schemas/DatePrecision"
      },
      "from": {
        "type": "string"
      },
      "to": {
        "type": "string"
      },
      "note": {
        "type": "string",
        "description": "The source's own words when they were not a clean date, e.g. \"circa 1965\"."
      }
    },
    "required": [
      "value",
      "precision"
    ],
    "description": "A date as precise as the source knows it. `value` is YYYY, YYYY-MM or YYYY-MM-DD; a range has `from` and `to` (each YYYY[-MM[-DD]]) and `value` holds the `from` date."
  },
  "QualifierEffect": {
    "type": "object",
    "properties": {
      "qualifier": {
        "type": "string",
        "enum": [
          "birthDate",
          "country",
          "schema",
          "weakAlias",
          "nameKind",
          "identifier",
          "coverage"
        ]
      },
      "contribution": {
        "type": "number",
        "description": "Signed change to the score (e.g. +0.04 for a matching birth date, −0.2 for a different one)."
      },
      "detail": {
        "type": "string",
        "description": "A sentence saying what was compared, e.g. \"query 1977 vs listed 1977-07-03 (same year)\"."
      }
    },
    "required": [
      "qualifier",
      "contribution",
      "detail"
    ],
    "description": "The effect of one fact other than the name on the score."
  },
  "ReadyAnswer": {
    "type": "object",
    "properties": {
      "status": {
        "type": "string",
        "const": "ready"
      },
      "lists": {
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "list": {
              "type": "string"
            },
            "version": {
              "type": "number"
            },
            "published": {
              "type": [
                "string",
                "null"
              ]
            },
            "stale": {
              "type": "boolean"
            }
          },
          "required": [
            "list",
            "version",
            "published",
            "stale"
          ]
        }
      },
      "warnings": {
        "type": "array",
        "items": {
          "type": "string"
        }
      }
    },
    "required": [
      "status",
      "lists"
    ],
    "description": "GET /readyz: the list versions the engine screens with; `warnings` says which lists are stale (their newest version older than the configured age), and is absent when none is."
  },
  "RemovedText": {
    "type": "object",
    "properties": {
      "text": {
        "type": "string"
      },
      "reason": {
        "type": "string"
      }
    },
    "required": [
      "text",
      "reason"
    ],
    "description": "A piece of the input removed before analysis, and why (nothing is dropped silently)."
  },
  "RescreenSummary": {
    "type": "object",
    "properties": {
      "screened": {
        "type": "number",
        "description": "Subjects screened."
      },
      "raised": {
        "type": "number",
        "description": "Alerts raised for the first time."
      },
      "reopened": {
        "type": "number",
        "description": "Cleared alerts opened again, with a reason."
      },
      "delisted": {
        "type": "number",
        "description": "Alerts whose entity left its list."
      },
      "errors": {
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "subjectId": {
              "type": "string"
            },
            "error": {
              "type": "string"
            }
          },
          "required": [
            "subjectId",
            "error"
          ]
        },
        "description": "Subjects that could not be screened (an invalid name or date), with the reason."
      }
    },
    "required": [
      "screened",
      "raised",
      "reopened",
      "delisted",
      "errors"
    ],
    "description": "What a screening of watched subjects did."
  },
  "Schema": {
    "type": "string",
    "enum": [
      "Person",
      "Organization",
      "LegalEntity",
      "Vessel",
      "Aircraft"
    ],
    "description": "Entity schemas, close to FollowTheMoney."
  },
  "ScreenAnswer": {
    "$ref": "#/components/schemas/ScreenResult",
    "description": "POST /screen."
  },
  "ScreenResult": {
    "type": "object",
    "properties": {
      "query": {
        "$ref": "#/components/schemas/NameQuery",
        "description": "The query with defaults filled in (schema, threshold, limit, lists)."
      },
      "results": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/Hit"
        },
        "description": "Hits, best first, at most `query.limit`."
      },
      "lists": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/ListVersion"
        },
        "description": "The list versions screened against."
      },
      "algorithm": {
        "type": "string",
        "description": "Engine version, e.g. `sift-match-2`."
      },
      "subject": {
        "type": "string",
        "description": "The watched subject the caller named, whose alerts' decisions are on the hits."
      }
    },
    "required": [
      "query",
      "results",
      "lists",
      "algorithm"
    ],
    "description": "The answer to one name query: the query as understood, the hits, and the list versions used."
  },
  "SearchAnswer": {
    "type": "object",
    "properties": {
      "results": {
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "score": {
              "type": "number"
            },
            "id": {
              "type": "string"
            },
            "caption": {
              "type": "string"
            },
            "schema": {
              "type": "string"
            },
            "properties": {
              "$ref": "#/components/schemas/YenteProperties"
            },
            "datasets": {
              "type": "array",
              "items": {
                "type": "string"
              }
            },
            "referents": {
              "type": "array",
              "items": {
                "type": "string"
              }
            },
            "target": {
              "type": "boolean"
            },
            "first_seen": {
              "type": [
                "string",
                "null"
              ]
            },
            "last_seen": {
              "type": [
                "string",
                "null"
              ]
            },
            "last_change": {
              "type": [
                "string",
                "null"
              ]
            }
          },
          "required": [
            "caption",
            "datasets",
            "first_seen",
            "id",
            "last_change",
            "last_seen",
            "properties",
            "referents",
            "schema",
            "target"
          ]
        }
      },
      "facets": {
        "type": "object",
        "additionalProperties": {
          "$ref": "#/components/schemas/SearchFacet"
        }
      },
      "total": {
        "$ref": "#/components/schemas/YenteTotal"
      },
      "limit": {
        "type": "number"
      },
      "offset": {
        "type": "number"
      }
    },
    "required": [
      "results",
      "facets",
      "total",
      "limit",
      "offset"
    ],
    "description": "GET /search/{dataset}."
  },
  "SearchFacet": {
    "type": "object",
    "properties": {
      "label": {
        "type": "string"
      },
      "values": {
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "name": {
              "type": "string"
            },
            "label": {
              "type": "string"
            },
            "count": {
              "type": "number"
            }
          },
          "required": [
            "name",
            "label",
            "count"
          ]
        }
      }
    },
    "required": [
      "label",
      "values"
    ],
    "description": "One facet as yente answers it."
  },
  "Statement": {
    "type": "object",
    "properties": {
      "start": {
        "type": "number"
      },
      "end": {
        "type": "number"
      },
      "text": {
        "type": "string"
      },
      "kind": {
        "$ref": "#/components/schemas/StatementKind"
      },
      "speaker": {
        "type": [
          "string",
          "null"
        ],
        "description": "Entity id of the source, when resolved."
      },
      "speakerName": {
        "type": [
          "string",
          "null"
        ],
        "description": "The source as named (entity name, or the vague phrase such as \"media reports\")."
      },
      "medium": {
        "type": [
          "string",
          "null"
        ],
        "description": "Where it was said (\"BBC\", \"the BBC's Political Thinking podcast\")."
      },
      "cue": {
        "type": [
          "string",
          "null"
        ],
        "description": "The word or phrase that marks the attribution (\"said\", \"according to\")."
      },
      "source": {
        "anyOf": [
          {
            "$ref": "#/components/schemas/TextSpan"
          },
          {
            "type": "null"
          }
        ],
        "description": "Where the text names the source in this sentence (a pronoun or a name), when it does."
      }
    },
    "required": [
      "cue",
      "end",
      "kind",
      "medium",
      "source",
      "speaker",
      "speakerName",
      "start",
      "text"
    ],
    "description": "One sentence with its attribution."
  },
  "StatementKind": {
    "type": "string",
    "enum": [
      "quote",
      "reported",
      "unattributed",
      "weakly-sourced"
    ],
    "description": "How a sentence is sourced."
  },
  "StoredDecision": {
    "type": "object",
    "properties": {
      "alertId": {
        "type": "number"
      },
      "decision": {
        "type": "string",
        "enum": [
          "cleared",
          "confirmed"
        ]
      },
      "note": {
        "type": "string"
      },
      "by": {
        "type": "string"
      },
      "auditSeq": {
        "type": "number",
        "description": "The audit record that holds this decision."
      },
      "id": {
        "type": "number"
      },
      "at": {
        "type": "string",
        "description": "ISO timestamp."
      }
    },
    "required": [
      "alertId",
      "at",
      "auditSeq",
      "by",
      "decision",
      "id",
      "note"
    ],
    "description": "A stored decision: never changed, only superseded by a newer one on the same alert."
  },
  "StoredSubject": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "names": {
        "type": "array",
        "items": {
          "type": "string"
        },
        "description": "One name or more; the first is the one shown."
      },
      "schema": {
        "$ref": "#/components/schemas/Schema"
      },
      "birthDate": {
        "type": "string",
        "description": "YYYY, YYYY-MM or YYYY-MM-DD."
      },
      "country": {
        "type": "string"
      },
      "identifiers": {
        "type": "array",
        "items": {
          "type": "string"
        }
      },
      "hash": {
        "type": "string",
        "description": "A hash of the facts screened (names, schema, birth date, country, identifiers)."
      },
      "updatedAt": {
        "type": "string",
        "description": "ISO timestamp of the last import that changed it."
      }
    },
    "required": [
      "hash",
      "id",
      "identifiers",
      "names",
      "updatedAt"
    ],
    "description": "A subject as the store keeps it."
  },
  "StoredVersion": {
    "type": "object",
    "properties": {
      "list": {
        "$ref": "#/components/schemas/ListName"
      },
      "version": {
        "type": "number",
        "description": "1 for the first import of the list, then 2, 3 …"
      },
      "sha256": {
        "type": "string"
      },
      "published": {
        "type": "string",
        "description": "Publication date read from the file, YYYY-MM-DD."
      },
      "importedAt": {
        "type": "string",
        "description": "ISO timestamp of the import."
      },
      "format": {
        "$ref": "#/components/schemas/ListFormat"
      },
      "fileName": {
        "type": "string"
      },
      "entityCount": {
        "type": "number"
      },
      "countsBySchema": {
        "type": "object",
        "properties": {
          "Person": {
            "type": "number"
          },
          "Organization": {
            "type": "number"
          },
          "LegalEntity": {
            "type": "number"
          },
          "Vessel": {
            "type": "number"
          },
          "Aircraft": {
            "type": "number"
          }
        }
      },
      "recordCount": {
        "type": "number",
        "description": "Records the parser saw and skipped."
      },
      "skippedCount": {
        "type": "number"
      },
      "issues": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/ParseIssue"
        }
      },
      "active": {
        "type": "boolean"
      }
    },
    "required": [
      "list",
      "version",
      "sha256",
      "importedAt",
      "format",
      "fileName",
      "entityCount",
      "countsBySchema",
      "recordCount",
      "skippedCount",
      "issues",
      "active"
    ],
    "description": "One imported version of one list, as the store keeps it."
  },
  "SubjectImportAnswer": {
    "$ref": "#/components/schemas/SubjectImportReport",
    "description": "POST /subjects/import."
  },
  "SubjectImportReport": {
    "type": "object",
    "properties": {
      "rows": {
        "type": "number",
        "description": "Rows read, with or without errors."
      },
      "added": {
        "type": "number"
      },
      "updated": {
        "type": "number"
      },
      "unchanged": {
        "type": "number"
      },
      "errors": {
        "type": "array",
        "items": {
          "type": "object",
          "properties": {
            "line": {
              "type": "number"
            },
            "id": {
              "type": "string"
            },
            "error": {
              "type": "string"
            }
          },
          "required": [
            "line",
            "error"
          ]
        },
        "description": "Rows that are not a subject, by line: none is dropped without a word."
      },
      "screening": {
        "$ref": "#/components/schemas/RescreenSummary",
        "description": "The screening of the added and updated subjects."
      }
    },
    "required": [
      "rows",
      "added",
      "updated",
      "unchanged",
      "errors",
      "screening"
    ],
    "description": "What a subject import did."
  },
  "SubjectRemovedAnswer": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "removed": {
        "type": "boolean",
        "const": true
      }
    },
    "required": [
      "id",
      "removed"
    ],
    "description": "DELETE /subjects/{id}."
  },
  "SubjectsAnswer": {
    "type": "object",
    "properties": {
      "subjects": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/StoredSubject"
        }
      }
    },
    "required": [
      "subjects"
    ],
    "description": "GET /subjects."
  },
  "TextSpan": {
    "type": "object",
    "properties": {
      "start": {
        "type": "number"
      },
      "end": {
        "type": "number"
      },
      "text": {
        "type": "string"
      }
    },
    "required": [
      "start",
      "end",
      "text"
    ],
    "description": "A stretch of the analysed text, as character offsets into it (end exclusive)."
  },
  "YenteEntity": {
    "type": "object",
    "properties": {
      "id": {
        "type": "string"
      },
      "caption": {
        "type": "string"
      },
      "schema": {
        "type": "string"
      },
      "properties": {
        "$ref": "#/components/schemas/YenteProperties"
      },
      "datasets": {
        "type": "array",
        "items": {
          "type": "string"
        }
      },
      "referents": {
        "type": "array",
        "items": {
          "type": "string"
        }
      },
      "target": {
        "type": "boolean"
      },
      "first_seen": {
        "type": [
          "string",
          "null"
        ]
      },
      "last_seen": {
        "type": [
          "string",
          "null"
        ]
      },
      "last_change": {
        "type": [
          "string",
          "null"
        ]
      }
    },
    "required": [
      "id",
      "caption",
      "schema",
      "properties",
      "datasets",
      "referents",
      "target",
      "first_seen",
      "last_seen",
      "last_change"
    ],
    "description": "An entity in yente's response shape (`EntityResponse`)."
  },
  "YenteErrorBody": {
    "type": "object",
    "properties": {
      "detail": {
        "anyOf": [
          {
            "type": "string"
          },
          {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "loc": {
                  "type": "array",
                  "items": {
                    "type": [
                      "string",
                      "number"
                    ]
                  }
                },
                "msg": {
                  "type": "string"
                },
                "type": {
                  "type": "string"
                }
              },
              "required": [
                "loc",
                "msg",
                "type"
              ]
            }
          }
        ]
      }
    },
    "required": [
      "detail"
    ],
    "description": "Errors of the yente-compatible routes, in yente's shape."
  },
  "YenteProperties": {
    "type": "object",
    "additionalProperties": {
      "type": "array",
      "items": {
        "anyOf": [
          {
            "type": "string"
          },
          {
            "$ref": "#/components/schemas/YenteEntity"
          }
        ]
      }
    },
    "description": "FtM property values; a nested entity takes the place of an id where yente nests."
  },
  "YenteResult": {
    "type": "object",
    "properties": {
      "score": {
        "type": "number"
      },
      "match": {
        "type": "boolean"
      },
      "explanations": {
        "type": "object",
        "additionalProperties": {
          "type": "object",
          "properties": {
            "score": {
              "type": "number"
            },
            "detail": {
              "type": [
                "string",
                "null"
              ]
            }
          },
          "required": [
            "score",
            "detail"
          ]
        }
      },
      "features": {
        "type": "object",
        "additionalProperties": {
          "type": "number"
        }
      },
      "explanation": {
        "$ref": "#/components/schemas/Explanation"
      },
      "alert": {
        "$ref": "#/components/schemas/PairAlert",
        "description": "When the query names a watched subject and the pair has an alert: its status and decision."
      },
      "id": {
        "type": "string"
      },
      "caption": {
        "type": "string"
      },
      "schema": {
        "type": "string"
      },
      "properties": {
        "$ref": "#/components/schemas/YenteProperties"
      },
      "datasets": {
        "type": "array",
        "items": {
          "type": "string"
        }
      },
      "referents": {
        "type": "array",
        "items": {
          "type": "string"
        }
      },
      "target": {
        "type": "boolean"
      },
      "first_seen": {
        "type": [
          "string",
          "null"
        ]
      },
      "last_seen": {
        "type": [
          "string",
          "null"
        ]
      },
      "last_change": {
        "type": [
          "string",
          "null"
        ]
      }
    },
    "required": [
      "caption",
      "datasets",
      "explanation",
      "explanations",
      "features",
      "first_seen",
      "id",
      "last_change",
      "last_seen",
      "match",
      "properties",
      "referents",
      "schema",
      "score",
      "target"
    ],
    "description": "One yente result: the entity, its score, and the explanation in both shapes."
  },
  "YenteTotal": {
    "type": "object",
    "properties": {
      "value": {
        "type": "number"
      },
      "relation": {
        "type": "string",
        "enum": [
          "eq",
          "gte"
        ]
      }
    },
    "required": [
      "value",
      "relation"
    ],
    "description": "How many results there are, as yente counts them."
  }
};
