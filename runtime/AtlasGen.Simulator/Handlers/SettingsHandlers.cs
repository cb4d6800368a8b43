namespace AtlasGen.Simulator.Handlers;

/// <summary>Project settings: read, and a partial update (a flag the body leaves out keeps its value).</summary>
internal static class SettingsHandlers
{
    public static Task GetAsync(OperationContext context)
        => context.OkAsync(View(Resolve.Project(context).Settings.Value), OperationContext.Json.GroupSettings, AtlasOnly);

    /// <summary>A setting Atlas sends that today's spec doesn't declare yet.</summary>
    private static void AtlasOnly(System.Text.Json.Nodes.JsonObject json) => json["isAtlasHomePageAiAssistantEnabled"] = true;

    public static async Task UpdateAsync(OperationContext context)
    {
        var project = Resolve.Project(context);
        var body = await context.ReadBodyAsync(OperationContext.Json.GroupSettings, required: false).ConfigureAwait(false);
        var updated = project.Settings.Update(s => new ProjectSettings(
            body.IsCollectDatabaseSpecificsStatisticsEnabled ?? s.CollectDatabaseSpecificsStatistics,
            body.IsDataExplorerEnabled ?? s.DataExplorer,
            body.IsExtendedStorageSizesEnabled ?? s.ExtendedStorageSizes,
            body.IsPerformanceAdvisorEnabled ?? s.PerformanceAdvisor,
            body.IsRealtimePerformancePanelEnabled ?? s.RealtimePerformancePanel,
            body.IsSchemaAdvisorEnabled ?? s.SchemaAdvisor,
            body.IsClusterAiAssistantEnabled ?? s.ClusterAiAssistant,
            body.IsDataExplorerGenAiFeaturesEnabled ?? s.DataExplorerGenAiFeatures,
            body.IsDataExplorerGenAiSampleDocumentPassingEnabled ?? s.DataExplorerGenAiSampleDocumentPassing,
            body.IsDataValidationEnabled ?? s.DataValidation,
            body.IsNativeRerankingEnabled ?? s.NativeReranking));
        await context.OkAsync(View(updated), OperationContext.Json.GroupSettings, AtlasOnly).ConfigureAwait(false);
    }

    private static GroupSettings View(ProjectSettings settings) => new()
    {
        IsCollectDatabaseSpecificsStatisticsEnabled = settings.CollectDatabaseSpecificsStatistics,
        IsDataExplorerEnabled = settings.DataExplorer,
        IsExtendedStorageSizesEnabled = settings.ExtendedStorageSizes,
        IsPerformanceAdvisorEnabled = settings.PerformanceAdvisor,
        IsRealtimePerformancePanelEnabled = settings.RealtimePerformancePanel,
        IsSchemaAdvisorEnabled = settings.SchemaAdvisor,
        IsClusterAiAssistantEnabled = settings.ClusterAiAssistant,
        IsDataExplorerGenAiFeaturesEnabled = settings.DataExplorerGenAiFeatures,
        IsDataExplorerGenAiSampleDocumentPassingEnabled = settings.DataExplorerGenAiSampleDocumentPassing,
        IsDataValidationEnabled = settings.DataValidation,
        IsNativeRerankingEnabled = settings.NativeReranking,
    };
}
