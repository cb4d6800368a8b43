using static AtlasGen.Client.Tests.Operations.OperationCase;

namespace AtlasGen.Client.Tests.Operations;

/// <summary>The 2 operations of the Auditing tag and the 1 of the Test tag (the only 2023-02-01 media type).</summary>
internal static class AuditingAndTestCases
{
    private const string G = Ids.Group;
    private const string AuditJson = """
        {"auditAuthorizationSuccess":true,"auditFilter":"{\"atype\":\"authenticate\"}","configurationType":"FILTER_JSON","enabled":true}
        """;

    public static IEnumerable<OperationCase> All()
    {
        yield return Reads("getGroupAuditLog", $"/api/atlas/v2/groups/{G}/auditLog", "", AuditJson, c => c.Auditing.GetGroupAuditLogAsync(G), AssertAudit);

        // configurationType is readOnly.
        yield return new("updateGroupAuditLog", HttpMethod.Patch, $"/api/atlas/v2/groups/{G}/auditLog", "", V20230101,
            """{"auditAuthorizationSuccess":true,"auditFilter":"{\"atype\":\"authenticate\"}","enabled":true}""",
            CannedResponse.Json(AuditJson),
            Returns(c => c.Auditing.UpdateGroupAuditLogAsync(G, new AuditLog
            {
                AuditAuthorizationSuccess = true,
                AuditFilter = """{"atype":"authenticate"}""",
                ConfigurationType = AuditLogConfigurationType.FilterBuilder,
                Enabled = true,
            })),
            ResultAssert.Is<AuditLog>(AssertAudit));

        // Kept from the 2023 spec (Atlas removed it), deprecated; it answers its own 2023-02-01 version.
        yield return Reads("versionedExample", "/api/atlas/v2/example/info", "additionalInfo=true",
            """{"additionalInfo":"extra detail","data":["alpha","beta"],"description":"Example resource","links":[]}""",
            c => c.Test.VersionedExampleAsync(additionalInfo: true),
            example =>
            {
                Assert.Equal("Example resource", example.Description);
                Assert.Equal("extra detail", example.AdditionalInfo);
                Assert.Equal(new[] { "alpha", "beta" }, example.Data);
            },
            accept: V20230201);
    }

    private static void AssertAudit(AuditLog audit)
    {
        Assert.True(audit.AuditAuthorizationSuccess);
        Assert.True(audit.Enabled);
        Assert.Equal("""{"atype":"authenticate"}""", audit.AuditFilter);
        Assert.Equal(AuditLogConfigurationType.FilterJson, audit.ConfigurationType);
    }
}
