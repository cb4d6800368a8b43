using AtlasGen.Tests.Shared;

namespace AtlasGen.Generator.Tests;

/// <summary>Method names derived from operationIds: only the "Async" suffix is ever taken off again.</summary>
public sealed class MethodNamingTests
{
    private const string Spec = TestSpec.Header + """
        paths:
          /asyncJobs:
            get:
              operationId: listAsyncJobs
              tags: [Jobs]
              parameters:
              - {in: query, name: pageNum, schema: {type: integer, default: 1}}
              - {in: query, name: itemsPerPage, schema: {type: integer, default: 100}}
              responses:
                '200':
                  description: OK
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/PaginatedAsyncJob'}
        components:
          schemas:
            PaginatedAsyncJob:
              type: object
              properties:
                results: {type: array, items: {$ref: '#/components/schemas/AsyncJob'}}
                totalCount: {type: integer}
            AsyncJob: {type: object, properties: {id: {type: string}}}
        """;

    [Fact]
    public void An_Async_inside_an_operationId_survives_in_names_and_docs()
    {
        var run = GeneratorHarness.RunClean(Spec);
        var client = run.Source("JobsClient.g.cs");
        Assert.Contains("ListAsyncJobsAsync(", client);
        Assert.Contains("EnumerateAsyncJobsAsync(", client);
        Assert.Contains("Every item of ListAsyncJobs, page after page", client);
        Assert.DoesNotContain("Every item of ListJobs", client);
    }
}
