namespace AtlasGen.Client.Tests.Validation;

/// <summary>
/// Arguments that break the spec's constraints fail before anything is sent. The bad values come from
/// variables on purpose: constants are the analyzers' job, at compile time.
/// </summary>
public sealed class ArgumentValidationTests
{
    private readonly RecordingHandler _handler = new(CannedResponse.Json("{}"));

    private static string NonConstant(string value) => new(value.AsSpan());

    [Fact]
    public async Task A_groupId_of_the_wrong_length_names_the_parameter_and_the_pattern()
    {
        // Today's spec gives groupId only its pattern (no minLength or maxLength), which the length breaks too.
        using var client = FakeAtlas.Client(_handler);
        var groupId = NonConstant("not-an-id");

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => client.Projects.GetGroupAsync(groupId));

        Assert.Equal("groupId", ex.ParamName);
        Assert.Contains("'not-an-id' does not match the pattern ^([a-f0-9]{24})$", ex.Message);
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task A_groupId_that_is_not_hex_names_the_parameter_and_the_pattern()
    {
        using var client = FakeAtlas.Client(_handler);
        var groupId = NonConstant("5F1E2D3C4B5A69788796A5B4"); // upper case: the spec's pattern is [a-f0-9]

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => client.Teams.ListGroupTeamsAsync(groupId));

        Assert.Equal("groupId", ex.ParamName);
        Assert.Contains("^([a-f0-9]{24})$", ex.Message);
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task A_bad_second_path_parameter_is_named_too()
    {
        using var client = FakeAtlas.Client(_handler);
        var apiUserId = NonConstant("zzzzzzzzzzzzzzzzzzzzzzzz");

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => client.ProgrammaticApiKeys.GetOrgApiKeyAsync(Ids.Org, apiUserId));

        Assert.Equal("apiUserId", ex.ParamName);
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task A_null_path_parameter_is_an_ArgumentNullException()
    {
        using var client = FakeAtlas.Client(_handler);
        string groupId = null!;

        var ex = await Assert.ThrowsAsync<ArgumentNullException>(() => client.Projects.GetGroupAsync(groupId));

        Assert.Equal("groupId", ex.ParamName);
        Assert.Empty(_handler.Requests);
    }

    [Theory]
    [InlineData(501)]
    [InlineData(0)]
    public async Task ItemsPerPage_outside_1_to_500_is_out_of_range(int itemsPerPage)
    {
        using var client = FakeAtlas.Client(_handler);

        var ex = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.Projects.ListGroupsAsync(itemsPerPage: itemsPerPage));

        Assert.Equal("itemsPerPage", ex.ParamName);
        Assert.Contains("<= 500", ex.Message);
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task PageNum_below_1_is_out_of_range()
    {
        using var client = FakeAtlas.Client(_handler);
        var pageNum = int.Parse("0", System.Globalization.CultureInfo.InvariantCulture);

        var ex = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.ProgrammaticApiKeys.ListOrgApiKeysAsync(Ids.Org, pageNum: pageNum));

        Assert.Equal("pageNum", ex.ParamName);
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task A_project_name_longer_than_64_characters_is_rejected()
    {
        using var client = FakeAtlas.Client(_handler);
        var groupName = new string('a', 65);

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => client.Projects.GetGroupByNameAsync(groupName));

        Assert.Equal("groupName", ex.ParamName);
        Assert.Contains("maximum length is 64", ex.Message);
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task A_null_required_body_is_an_ArgumentNullException()
    {
        using var client = FakeAtlas.Client(_handler);
        Group body = null!;

        var ex = await Assert.ThrowsAsync<ArgumentNullException>(() => client.Projects.CreateGroupAsync(body));

        Assert.Equal("body", ex.ParamName);
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task Valid_arguments_at_the_bounds_are_sent()
    {
        using var client = FakeAtlas.Client(new RecordingHandler(CannedResponse.Json("""{"results":[],"totalCount":0}""")));

        var page = await client.Projects.ListGroupsAsync(itemsPerPage: 500);

        Assert.Empty(page.Results!);
    }
}
