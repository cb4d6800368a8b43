namespace AtlasGen.Client.Tests.Validation;

/// <summary>
/// Arguments that break the spec's constraints fail before anything is sent. The bad values come from
/// variables on purpose: constants are the analyzers' job, at compile time.
/// </summary>
public sealed class ArgumentValidationTests
{
    private readonly RecordingHandler _handler = new(CannedResponse.Json("{}"));

    private static string NonConstant(string value) => new(value.AsSpan());

    /// <summary>Calls the client and expects <typeparamref name="TException"/> naming <paramref name="parameter"/>, with nothing sent.</summary>
    private async Task<TException> RefusedAsync<TException>(Func<AtlasClient, Task> call, string parameter)
        where TException : ArgumentException
    {
        using var client = FakeAtlas.Client(_handler);
        var ex = await Assert.ThrowsAsync<TException>(() => call(client));
        Assert.Equal(parameter, ex.ParamName);
        Assert.Empty(_handler.Requests);
        return ex;
    }

    [Fact]
    public async Task A_groupId_of_the_wrong_length_names_the_parameter_and_the_pattern()
    {
        // Today's spec gives groupId only its pattern (no minLength or maxLength), which the length breaks too.
        var groupId = NonConstant("not-an-id");

        var ex = await RefusedAsync<ArgumentException>(c => c.Projects.GetGroupAsync(groupId), "groupId");

        Assert.Contains("'not-an-id' does not match the pattern ^([a-f0-9]{24})$", ex.Message);
    }

    [Fact]
    public async Task A_groupId_that_is_not_hex_names_the_parameter_and_the_pattern()
    {
        var groupId = NonConstant("5F1E2D3C4B5A69788796A5B4"); // upper case: the spec's pattern is [a-f0-9]

        var ex = await RefusedAsync<ArgumentException>(c => c.Teams.ListGroupTeamsAsync(groupId), "groupId");

        Assert.Contains("^([a-f0-9]{24})$", ex.Message);
    }

    [Fact]
    public async Task A_bad_second_path_parameter_is_named_too()
    {
        var apiUserId = NonConstant("zzzzzzzzzzzzzzzzzzzzzzzz");

        await RefusedAsync<ArgumentException>(c => c.ProgrammaticApiKeys.GetOrgApiKeyAsync(Ids.Org, apiUserId), "apiUserId");
    }

    [Fact]
    public async Task A_null_path_parameter_is_an_ArgumentNullException()
    {
        string groupId = null!;

        await RefusedAsync<ArgumentNullException>(c => c.Projects.GetGroupAsync(groupId), "groupId");
    }

    [Theory]
    [InlineData(501)]
    [InlineData(0)]
    public async Task ItemsPerPage_outside_1_to_500_is_out_of_range(int itemsPerPage)
    {
        var ex = await RefusedAsync<ArgumentOutOfRangeException>(c => c.Projects.ListGroupsAsync(itemsPerPage: itemsPerPage), "itemsPerPage");

        Assert.Contains("<= 500", ex.Message);
    }

    [Fact]
    public async Task PageNum_below_1_is_out_of_range()
    {
        var pageNum = int.Parse("0", System.Globalization.CultureInfo.InvariantCulture);

        await RefusedAsync<ArgumentOutOfRangeException>(c => c.ProgrammaticApiKeys.ListOrgApiKeysAsync(Ids.Org, pageNum: pageNum), "pageNum");
    }

    [Fact]
    public async Task A_project_name_longer_than_64_characters_is_rejected()
    {
        var groupName = new string('a', 65);

        var ex = await RefusedAsync<ArgumentException>(c => c.Projects.GetGroupByNameAsync(groupName), "groupName");

        Assert.Contains("maximum length is 64", ex.Message);
    }

    [Fact]
    public async Task A_null_required_body_is_an_ArgumentNullException()
    {
        Group body = null!;

        await RefusedAsync<ArgumentNullException>(c => c.Projects.CreateGroupAsync(body), "body");
    }

    [Fact]
    public async Task Valid_arguments_at_the_bounds_are_sent()
    {
        using var client = FakeAtlas.Client(new RecordingHandler(CannedResponse.Json("""{"results":[],"totalCount":0}""")));

        var page = await client.Projects.ListGroupsAsync(itemsPerPage: 500);

        Assert.Empty(page.Results!);
    }
}
