using AtlasGen.Simulator.Http;

namespace AtlasGen.Simulator.Tests.Rules;

/// <summary>The database-user rule: keyed by database and name, the password never kept, Atlas's codes.</summary>
public sealed class DatabaseUserRuleTests
{
    private const string Template = "/api/atlas/v2/groups/{groupId}/databaseUsers";
    private const string User = """{"databaseName":"admin","username":"app","password":"s3cret-Passw0rd","groupId":"5f0000000000000000000001","roles":[{"databaseName":"admin","roleName":"readWrite"}]}""";

    private static RuleDriver Driver() => new(o => RuleDriver.RuleFor(o, Template));

    [Fact]
    public void A_user_is_keyed_by_its_database_and_username_and_its_password_is_never_kept()
    {
        var sim = Driver();
        var user = sim.Create(User)[0];

        // The engine's composite key for /databaseUsers/{databaseName}/{username}: the path values joined by '/'.
        Assert.Equal("admin/app", user.Key);
        Assert.False(user.Body.ContainsKey("password"));
        Assert.Equal("NONE", user.Body.String("x509Type"));
        Assert.Equal("NONE", user.Body.String("awsIAMType"));
        Assert.False(sim.Patch("admin/app", """{"password":"an0ther-Passw0rd"}""").ContainsKey("password"));
    }

    [Fact]
    public void A_username_cannot_be_changed_as_Atlas_answers_it()
    {
        var sim = Driver();
        sim.Create(User);

        var renamed = Assert.Throws<SimulatorApiException>(() => sim.Patch("admin/app", """{"username":"other"}"""));

        Assert.Equal((409, "DATABASE_USERNAME_CANNOT_BE_CHANGED"), (renamed.Status, renamed.ErrorCode));
        Assert.Equal("Cannot modify the username of an existing database user.", renamed.Message);
        Assert.Equal("app", sim.Patch("admin/app", """{"username":"app"}""").String("username"));
    }

    [Fact]
    public void Statuses_are_the_recorded_ones()
    {
        Assert.Equal(201, Driver().Rule.StatusFor("POST"));
        Assert.Equal(204, Driver().Rule.StatusFor("DELETE"));
        Assert.Null(Driver().Rule.StatusFor("PATCH"));
    }

    [Fact]
    public void Duplicates_and_missing_users_have_atlas_codes()
    {
        var sim = Driver();
        var duplicate = RuleAssert.RefusesDuplicate(sim, User, (409, "USER_ALREADY_EXISTS"), "A user with username app already exists.");
        Assert.Equal(new[] { "app" }, duplicate.Parameters);

        RuleAssert.NotFound(sim, "ghost", (404, "USERNAME_NOT_FOUND"), "No user with username ghost exists.");
    }

    [Fact]
    public void Password_users_live_in_admin_and_external_ones_in_external()
    {
        var sim = Driver();
        var scramElsewhere = Assert.Throws<SimulatorApiException>(() => sim.Create("""{"databaseName":"$external","username":"app","password":"p","roles":[]}"""));
        Assert.Equal("DATABASE_NAME_INVALID_ADMIN", scramElsewhere.ErrorCode);
        var x509InAdmin = Assert.Throws<SimulatorApiException>(() => sim.Create("""{"databaseName":"admin","username":"CN=app","x509Type":"MANAGED","roles":[]}"""));
        Assert.Equal("DATABASE_NAME_INVALID_EXTERNAL", x509InAdmin.ErrorCode);
        // Created in $external, and keyed there: {databaseName}/{username}.
        Assert.Equal("$external/CN=app", sim.Create("""{"databaseName":"$external","username":"CN=app","x509Type":"MANAGED","roles":[]}""")[0].Key);
    }
}
