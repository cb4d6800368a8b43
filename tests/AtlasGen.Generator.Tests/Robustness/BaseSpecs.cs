using Microsoft.OpenApi.Readers;

namespace AtlasGen.Generator.Tests.Robustness;

/// <summary>A spec the mutators start from: its text and the AdditionalFiles path it is passed under.</summary>
internal sealed record BaseSpec(string Name, string Path, string Text)
{
    /// <summary>The bundled spec's output takes seconds to bind, so only a sample of its mutations is compiled.</summary>
    public bool IsLarge => Text.Length > 20_000;
}

/// <summary>
/// The specs to mutate: the bundled Atlas spec, and small ones that pack the constructs the generator finds
/// hardest (unions with and without a discriminator, inheritance, maps, nullable values, integer enums), so a
/// mutation lands on one of them far more often than in the big spec.
/// </summary>
internal static class BaseSpecs
{
    /// <summary>oneOf with and without a discriminator, anyOf, allOf inheritance, a oneOf of string enums.</summary>
    public const string Polymorphism = """
        openapi: 3.0.1
        info:
          title: Polymorphism
          version: '1'
        paths:
          /api/atlas/v2/groups/{groupId}/integrations:
            get:
              operationId: listIntegrations
              tags: [Integrations]
              parameters:
              - $ref: '#/components/parameters/envelope'
              - $ref: '#/components/parameters/groupId'
              responses:
                '200':
                  content:
                    application/vnd.atlas.2023-01-01+json:
                      schema:
                        type: array
                        items:
                          $ref: '#/components/schemas/Integration'
                  description: OK
                '401':
                  $ref: '#/components/responses/unauthorized'
            post:
              operationId: createIntegration
              tags: [Integrations]
              parameters:
              - $ref: '#/components/parameters/groupId'
              requestBody:
                required: true
                content:
                  application/vnd.atlas.2023-01-01+json:
                    schema:
                      $ref: '#/components/schemas/Integration'
              responses:
                '201':
                  content:
                    application/vnd.atlas.2023-01-01+json:
                      schema:
                        $ref: '#/components/schemas/Integration'
                  description: Created
          /api/atlas/v2/shapes:
            get:
              operationId: getShape
              tags: [Shapes]
              responses:
                '200':
                  content:
                    application/vnd.atlas.2023-01-01+json:
                      schema:
                        $ref: '#/components/schemas/Shape'
                    application/vnd.atlas.2023-02-01+json:
                      schema:
                        $ref: '#/components/schemas/Animal'
                  description: OK
            put:
              operationId: putPet
              tags: [Shapes]
              requestBody:
                content:
                  application/vnd.atlas.2023-01-01+json:
                    schema:
                      $ref: '#/components/schemas/Pet'
              responses:
                '200':
                  content:
                    application/vnd.atlas.2023-01-01+json:
                      schema:
                        $ref: '#/components/schemas/InstanceSize'
                  description: OK
                '204':
                  description: No content
        components:
          parameters:
            envelope:
              in: query
              name: envelope
              schema:
                type: boolean
                default: false
            groupId:
              in: path
              name: groupId
              required: true
              schema:
                type: string
                pattern: ^([a-f0-9]{24})$
                maxLength: 24
                minLength: 24
          responses:
            unauthorized:
              description: Unauthorized
              content:
                application/json:
                  schema:
                    $ref: '#/components/schemas/ApiError'
          schemas:
            ApiError:
              type: object
              properties:
                detail:
                  type: string
                error:
                  type: integer
                  format: int32
            Integration:
              oneOf:
              - $ref: '#/components/schemas/Slack'
              - $ref: '#/components/schemas/Webhook'
              discriminator:
                propertyName: type
                mapping:
                  SLACK: '#/components/schemas/Slack'
                  WEBHOOK: '#/components/schemas/Webhook'
            Slack:
              type: object
              required: [type, channelName]
              properties:
                type:
                  type: string
                  enum: [SLACK]
                channelName:
                  type: string
                  nullable: true
            Webhook:
              type: object
              required: [type]
              properties:
                type:
                  type: string
                  enum: [WEBHOOK]
                url:
                  type: string
                  pattern: ^https?://.+$
                secret:
                  type: string
                  writeOnly: true
            Shape:
              oneOf:
              - $ref: '#/components/schemas/Circle'
              - $ref: '#/components/schemas/Square'
            Circle:
              type: object
              properties:
                kind:
                  type: string
                  enum: [circle]
                radius:
                  type: number
                  format: double
                  minimum: 0
            Square:
              type: object
              properties:
                kind:
                  type: string
                  enum: [square]
                side:
                  type: number
                  format: float
            Animal:
              anyOf:
              - $ref: '#/components/schemas/Pet'
              - type: object
                properties:
                  wild:
                    type: boolean
            Pet:
              type: object
              required: [petType]
              discriminator:
                propertyName: petType
                mapping:
                  cat: '#/components/schemas/Cat'
                  dog: '#/components/schemas/Dog'
              properties:
                petType:
                  type: string
                name:
                  type: string
                  readOnly: true
            Cat:
              allOf:
              - $ref: '#/components/schemas/Pet'
              - type: object
                properties:
                  lives:
                    type: integer
                    minimum: 0
                    maximum: 9
            Dog:
              allOf:
              - $ref: '#/components/schemas/Pet'
              - type: object
                properties:
                  barks:
                    type: boolean
                    default: true
                  pack:
                    type: array
                    items:
                      $ref: '#/components/schemas/Dog'
            InstanceSize:
              oneOf:
              - type: string
                enum: [M10, M20]
              - type: string
                enum: [R40, M10]
        """;

    /// <summary>Maps, nullable values, integer and string enums, formats, nested arrays, a tree, every parameter kind.</summary>
    public const string Shapes = """
        openapi: 3.0.1
        info:
          title: Shapes
          description: Values of every shape.
          version: '1'
        tags:
        - name: Clusters
          description: Clusters and their settings.
        paths:
          /api/atlas/v2/groups/{groupId}/clusters/{clusterName}:
            parameters:
            - in: path
              name: groupId
              required: true
              schema:
                type: string
                pattern: ^([a-f0-9]{24})$
            get:
              operationId: getCluster
              tags: [Clusters]
              parameters:
              - in: path
                name: clusterName
                required: true
                schema:
                  type: string
                  pattern: ^[\p{L}\p{N}\-_.(),:&@+']{1,64}$
              - in: query
                name: tier
                schema:
                  type: integer
                  enum: [1, 2, 3]
              - in: query
                name: regions
                schema:
                  type: array
                  items:
                    type: string
                    enum: [US_EAST_1, EU_WEST_1]
              - in: header
                name: X-Request-Id
                schema:
                  type: string
                  format: uuid
              - in: query
                name: itemsPerPage
                schema:
                  type: integer
                  default: 100
                  maximum: 500
                  minimum: 1
              - in: query
                name: pageNum
                schema:
                  type: integer
                  default: 1
              responses:
                '200':
                  content:
                    application/vnd.atlas.2023-01-01+json:
                      schema:
                        $ref: '#/components/schemas/Cluster'
                  description: OK
                '404':
                  $ref: '#/components/responses/notFound'
            patch:
              operationId: updateCluster
              tags: [Clusters]
              parameters:
              - in: path
                name: clusterName
                required: true
                schema:
                  type: string
              requestBody:
                content:
                  application/vnd.atlas.2023-01-01+json:
                    schema:
                      $ref: '#/components/schemas/Cluster'
                  application/vnd.atlas.2023-02-01+json:
                    schema:
                      $ref: '#/components/schemas/Settings'
              responses:
                '202':
                  content:
                    application/vnd.atlas.2023-01-01+json:
                      schema:
                        type: object
                        additionalProperties:
                          type: array
                          items:
                            type: integer
                            format: int64
                  description: Accepted
            delete:
              operationId: deleteCluster
              tags: [Clusters]
              deprecated: true
              responses:
                '204':
                  description: Deleted
          /api/atlas/v2/groups/{groupId}/clusters:
            get:
              operationId: listClusters
              tags: [Clusters]
              parameters:
              - $ref: '#/components/parameters/envelope'
              - in: path
                name: groupId
                required: true
                schema:
                  type: string
              - in: query
                name: itemsPerPage
                schema:
                  type: integer
              - in: query
                name: pageNum
                schema:
                  type: integer
              responses:
                '200':
                  content:
                    application/vnd.atlas.2023-01-01+json:
                      schema:
                        $ref: '#/components/schemas/PaginatedClusters'
                  description: OK
        components:
          parameters:
            envelope:
              in: query
              name: envelope
              schema:
                type: boolean
          responses:
            notFound:
              description: Not found
          schemas:
            Cluster:
              type: object
              required: [name]
              properties:
                name:
                  type: string
                  maxLength: 64
                created:
                  type: string
                  format: date-time
                  readOnly: true
                diskSizeGB:
                  type: number
                  format: double
                  nullable: true
                  minimum: 10
                  exclusiveMinimum: true
                priority:
                  type: integer
                  enum: [0, 1, 7]
                state:
                  type: string
                  enum: [IDLE, CREATING, DELETING, class, 1st, 'a-b', '']
                labels:
                  type: object
                  additionalProperties:
                    type: string
                tags:
                  type: object
                  additionalProperties: true
                settings:
                  $ref: '#/components/schemas/Settings'
                matrix:
                  type: array
                  items:
                    type: array
                    items:
                      type: number
                children:
                  type: array
                  items:
                    $ref: '#/components/schemas/Cluster'
                anything: {}
                links:
                  type: array
                  readOnly: true
                  items:
                    $ref: '#/components/schemas/Link'
            Settings:
              type: object
              nullable: true
              additionalProperties:
                $ref: '#/components/schemas/Setting'
              properties:
                version:
                  type: string
                  nullable: true
                  pattern: ^\d+\.\d+$
            Setting:
              type: object
              properties:
                value:
                  nullable: true
                count:
                  type: integer
                  format: int64
                  minimum: -5
            Link:
              type: object
              properties:
                href:
                  type: string
                rel:
                  type: string
            PaginatedClusters:
              type: object
              properties:
                links:
                  type: array
                  items:
                    $ref: '#/components/schemas/Link'
                results:
                  type: array
                  items:
                    $ref: '#/components/schemas/Cluster'
                totalCount:
                  type: integer
        """;

    public static IReadOnlyList<BaseSpec> All { get; } = Load();

    private static List<BaseSpec> Load()
    {
        // Small specs first: CsCheck shrinks toward lower indices, so a failure moves to a small spec when it can.
        return new List<BaseSpec>
        {
            new("polymorphism", "polymorphism.yaml", Polymorphism),
            new("shapes", "shapes.yaml", Shapes),
            // JSON spec files are read too; the same constructs in JSON syntax meet the text mutators differently.
            new("polymorphism-json", "polymorphism.json", ToJson(Polymorphism)),
            new("bundled", "atlas-admin-v2.yaml", GeneratorHarness.ReadBundledSpec()),
        };
    }

    private static string ToJson(string yaml)
    {
        var document = new OpenApiStringReader().Read(yaml, out _);
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        document.SerializeAsV3(new Microsoft.OpenApi.Writers.OpenApiJsonWriter(writer));
        return writer.ToString();
    }
}
