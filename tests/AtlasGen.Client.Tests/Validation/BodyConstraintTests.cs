namespace AtlasGen.Client.Tests.Validation;

/// <summary>
/// DESIGN.md: "Non-constant values that break a constraint fail before anything is sent, with an ArgumentException
/// that names the parameter and the rule." Body properties carry the same constraint attributes as parameters.
/// </summary>
public sealed class BodyConstraintTests
{
    [Fact]
    public async Task A_body_description_longer_than_250_characters_fails_before_sending()
    {
        using var client = FakeAtlas.Client(out var handler, CannedResponse.Json("{}"));
        var body = new CreateAtlasOrganizationApiKey { Desc = new string('d', 251), Roles = new() { OrgRole.OrgMember } };

        var ex = await Record.ExceptionAsync(() => client.ProgrammaticApiKeys.CreateOrgApiKeyAsync(Ids.Org, body));

        Assert.True(handler.Requests.Count == 0, "a 251-character desc (maxLength 250) was sent to the server");
        var argument = Assert.IsAssignableFrom<ArgumentException>(ex);
        Assert.Contains("desc", argument.ParamName + " " + argument.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("250", argument.Message);
    }
}
