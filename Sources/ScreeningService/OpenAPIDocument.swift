/// `GET /openapi.yaml`: the OpenAPI 3.1 description of the service's routes
/// (``ScreeningService/routes``; a test checks that the two agree).
enum OpenAPIDocument {
    static let text = #"""
        openapi: 3.1.0
        info:
          title: screener
          version: "1"
          description: >-
            Screens industrial investment projects against the provincial policy the service was
            started with (SPEC §4). Every answer is in Vietnamese unless `lang=en` is given. The
            service holds no state and cannot change the policy.
        paths:
          /:
            get:
              summary: The officers' web form
              parameters: [{$ref: "#/components/parameters/lang"}]
              responses:
                "200": {description: The form, content: {text/html: {}}}
            post:
              summary: Screen the submitted form and show the result page
              parameters: [{$ref: "#/components/parameters/lang"}]
              requestBody:
                required: true
                content: {application/x-www-form-urlencoded: {}}
              responses:
                "200": {description: The result page, content: {text/html: {}}}
                "400": {description: The form again, with each problem beside its field, content: {text/html: {}}}
                "413": {$ref: "#/components/responses/TooLarge"}
                "415": {$ref: "#/components/responses/WrongType"}
          /healthz:
            get:
              summary: Liveness
              responses:
                "200":
                  description: The service is up
                  content: {application/json: {example: {status: ok}}}
          /openapi.yaml:
            get:
              summary: This document
              responses:
                "200": {description: OpenAPI 3.1, content: {application/yaml: {}}}
          /v1/policy:
            get:
              summary: The policy screened against
              description: Its id, version, digest, parameters, and rules with titles and clauses.
              responses:
                "200":
                  description: The policy
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/Policy"}
          /v1/screen:
            post:
              summary: Screen one project
              parameters: [{$ref: "#/components/parameters/lang"}, {$ref: "#/components/parameters/explain"}]
              requestBody:
                required: true
                description: One project record (SPEC §2) as a JSON object.
                content:
                  application/json:
                    schema: {type: object, required: [id], additionalProperties: true}
              responses:
                "200":
                  description: The result (SPEC §4)
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/Result"}
                "400": {$ref: "#/components/responses/BadRequest"}
                "413": {$ref: "#/components/responses/TooLarge"}
                "415": {$ref: "#/components/responses/WrongType"}
          /v1/screen/batch:
            post:
              summary: Screen a registry
              description: >-
                One JSON line per input record, in input order, streamed; a record that cannot be
                read is a line with verdict `error` whose `errors` name its row and column.
              parameters: [{$ref: "#/components/parameters/lang"}]
              requestBody:
                required: true
                content:
                  text/csv: {}
                  application/x-ndjson: {}
                  application/jsonl: {}
                  application/x-jsonlines: {}
              responses:
                "200":
                  description: Results as JSON Lines
                  content:
                    application/x-ndjson:
                      schema: {$ref: "#/components/schemas/Result"}
                "400": {$ref: "#/components/responses/BadRequest"}
                "413": {$ref: "#/components/responses/TooLarge"}
                "415": {$ref: "#/components/responses/WrongType"}
        components:
          parameters:
            lang:
              name: lang
              in: query
              required: false
              schema: {type: string, enum: [vi, en], default: vi}
            explain:
              name: explain
              in: query
              required: false
              description: Add `counterfactuals`, what would change the verdict (as `check --explain`)
              schema: {type: boolean, default: false}
          responses:
            BadRequest:
              description: The body or a parameter cannot be read; each problem names its field
              content: {application/json: {schema: {$ref: "#/components/schemas/Error"}}}
            TooLarge:
              description: The body is larger than the service's limit
              content: {application/json: {schema: {$ref: "#/components/schemas/Error"}}}
            WrongType:
              description: The body's content type is not one the route reads
              content: {application/json: {schema: {$ref: "#/components/schemas/Error"}}}
          schemas:
            Error:
              type: object
              required: [status, code, message, problems]
              properties:
                status: {type: integer}
                code: {type: string}
                message: {type: string}
                problems:
                  type: array
                  items:
                    type: object
                    required: [field, code, message]
                    properties:
                      field: {type: [string, "null"]}
                      line: {type: integer}
                      column: {type: integer}
                      code: {type: string}
                      message: {type: string}
                      help: {type: string}
            Result:
              type: object
              required: [id, verdict, priority, score, reasons, conditions, missing, hints, policy]
              properties:
                id: {type: string}
                verdict: {type: string, enum: [reject, needs_info, review, conditional, approve, error]}
                priority: {type: boolean}
                score: {type: integer}
                reasons: {type: array, items: {type: object}}
                conditions: {type: array, items: {type: object}}
                missing:
                  type: array
                  items:
                    type: object
                    properties:
                      field: {type: string}
                      rules: {type: array, items: {type: string}}
                hints: {type: array, items: {type: object}}
                errors: {type: array, items: {type: object}}
                policy: {$ref: "#/components/schemas/PolicyIdentity"}
            PolicyIdentity:
              type: object
              properties:
                id: {type: string}
                version: {type: string}
                digest: {type: string}
            Policy:
              type: object
              properties:
                id: {type: string}
                version: {type: string}
                digest: {type: string}
                title: {type: object}
                source: {type: object}
                parameters:
                  type: array
                  items:
                    type: object
                    properties:
                      name: {type: string}
                      value: {}
                      unit: {type: string}
                      source: {type: string}
                rules:
                  type: array
                  items:
                    type: object
                    properties:
                      id: {type: string}
                      effect: {type: string}
                      title: {type: object}
                      clause: {type: string}
                      quote: {type: string}
                      weight: {type: integer}

        """#
}
