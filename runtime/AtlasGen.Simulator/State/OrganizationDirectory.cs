namespace AtlasGen.Simulator.State;

/// <summary>A user of the organization; projects list them and can remove them.</summary>
internal sealed record OrgUser(string Id, string Username, string FirstName, string LastName, string Country, string MobileNumber, DateTimeOffset CreatedAt);

/// <summary>A team of the organization; projects add them with project roles.</summary>
internal sealed record OrgTeam(string Id, string Name);

/// <summary>
/// The seeded organization: its users and teams. No seed operation creates either, so they are fixed at start and
/// read-only afterwards (no lock needed).
/// </summary>
internal sealed class OrganizationDirectory(string id, string name, IReadOnlyList<OrgUser> users, IReadOnlyList<OrgTeam> teams)
{
    public string Id { get; } = id;

    public string Name { get; } = name;

    /// <summary>The users, the organization owner first.</summary>
    public IReadOnlyList<OrgUser> Users { get; } = users;

    public IReadOnlyList<OrgTeam> Teams { get; } = teams;

    public OrgUser Owner => Users[0];

    public OrgUser? User(string id) => Users.FirstOrDefault(u => u.Id == id);

    public OrgTeam? Team(string id) => Teams.FirstOrDefault(t => t.Id == id);

    public static OrganizationDirectory Seed(string orgId, ObjectIdGenerator ids, DateTimeOffset now)
    {
        var users = new[]
        {
            new OrgUser(ids.Next(), "owner@example.com", "Olivia", "Owner", "US", "2025550100", now),
            new OrgUser(ids.Next(), "dev@example.com", "Dev", "Eloper", "GB", "2025550101", now),
            new OrgUser(ids.Next(), "ops@example.com", "Opal", "Operator", "FR", "2025550102", now),
        };
        var teams = new[]
        {
            new OrgTeam(ids.Next(), "Engineering"),
            new OrgTeam(ids.Next(), "Operations"),
            new OrgTeam(ids.Next(), "Analytics"),
        };
        return new OrganizationDirectory(orgId, "Simulated Organization", users, teams);
    }
}
