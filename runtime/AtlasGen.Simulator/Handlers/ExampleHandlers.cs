namespace AtlasGen.Simulator.Handlers;

/// <summary>The Test tag's versioning example: dummy data, and the additionalInfo field only when asked for.</summary>
internal static class ExampleHandlers
{
    public static Task GetAsync(OperationContext context)
    {
        var additionalInfo = context.QueryBool("additionalInfo", false);
        var example = new ExampleResourceResponseView20230201
        {
            Description = "Example resource info for versioning of the Atlas API (simulated).",
            Data = new List<string> { "one", "two", "three" },
            AdditionalInfo = additionalInfo ? "Additional info, returned because additionalInfo=true." : null,
            Links = context.SelfLink("/api/atlas/v2/example/info"),
        };
        return context.OkAsync(example, OperationContext.Json.ExampleResourceResponseView20230201);
    }
}
