using System.Text.Json.Nodes;

namespace AtlasGen.Simulator.Engine.Rules;

/// <summary>
/// A project's database users, addressed and keyed by <c>{databaseName}/{username}</c> (SCRAM users live in
/// <c>admin</c>, external ones in <c>$external</c>). The password is writeOnly: Atlas never returns it, not even in the
/// 201 (recordings 0322–0334), so it is never stored.
/// </summary>
internal sealed class DatabaseUserRule : ResourceRule
{
    public override string CollectionPathTemplate => "/api/atlas/v2/groups/{groupId}/databaseUsers";

    /// <summary>Addressed by <c>{databaseName}/{username}</c>: the engine's composite key, the values joined by <c>/</c>.</summary>
    public override string? KeyOf(JsonObject item) => $"{item.String("databaseName") ?? "admin"}/{item.String("username")}";

    public override IEnumerable<JsonObject> ItemsToCreate(JsonNode body)
    {
        if (body is JsonObject user)
        {
            CheckDatabase(user);
        }

        return base.ItemsToCreate(body);
    }

    public override void OnCreated(ResourceItem item, DateTimeOffset now)
    {
        var body = item.Body;
        body.Remove("password");
        // What Atlas fills in (recording 0322).
        body.SetIfAbsent("awsIAMType", "NONE");
        body.SetIfAbsent("ldapAuthType", "NONE");
        body.SetIfAbsent("oidcAuthType", "NONE");
        body.SetIfAbsent("x509Type", "NONE");
        body.SetIfAbsent("labels", new JsonArray());
        body.SetIfAbsent("scopes", new JsonArray());
    }

    public override void OnUpdating(ResourceItem item, JsonObject request, DateTimeOffset now)
    {
        // Atlas keeps a user's name for life: 409 DATABASE_USERNAME_CANNOT_BE_CHANGED (its answer, quoted in
        // mongodb/mongodb-atlas-cli pull request 1944).
        if (request.String("username") is { } username && !string.Equals(item.Body.String("username"), username, StringComparison.Ordinal))
        {
            throw SimulatorApiException.Conflict("DATABASE_USERNAME_CANNOT_BE_CHANGED", "Cannot modify the username of an existing database user.");
        }
    }

    public override void OnUpdated(ResourceItem item, DateTimeOffset now)
    {
        item.Body.Remove("password");
    }

    /// <summary>As recorded: 201 for a create (0322), 204 for a delete (0332).</summary>
    public override int? StatusFor(string method) => method switch
    {
        "POST" => 201,
        "DELETE" => 204,
        _ => null,
    };

    public override SimulatorApiException NotFound(string key, IReadOnlyDictionary<string, string> pathParameters)
    {
        var username = pathParameters.GetValueOrDefault("username") ?? key;
        return SimulatorApiException.NotFound("USERNAME_NOT_FOUND", $"No user with username {username} exists.", username);
    }

    /// <summary>
    /// No recording has a duplicate user; the code, its 409 and its words are Atlas's published error-code list
    /// ("Atlas Administration API Error Codes": <c>USER_ALREADY_EXISTS</c>, 409, "A user with username %s already exists.").
    /// </summary>
    public override SimulatorApiException Duplicate(string key, IReadOnlyDictionary<string, string> pathParameters)
    {
        var username = key[(key.IndexOf('/', StringComparison.Ordinal) + 1)..];
        return SimulatorApiException.Conflict("USER_ALREADY_EXISTS", $"A user with username {username} already exists.", username);
    }

    /// <summary>Password (SCRAM) users live in <c>admin</c>; externally authenticated ones (X.509, LDAP, AWS IAM, OIDC) in <c>$external</c>.</summary>
    private static void CheckDatabase(JsonObject user)
    {
        var external = IsSet(user, "x509Type") || IsSet(user, "ldapAuthType") || IsSet(user, "awsIAMType") || IsSet(user, "oidcAuthType");
        var database = user.String("databaseName") ?? "admin";
        if (external && database != "$external")
        {
            throw new SimulatorApiException(400, "DATABASE_NAME_INVALID_EXTERNAL", "Database name invalid. Externally authenticated users can only be created on the $external database.");
        }

        if (!external && database != "admin")
        {
            throw new SimulatorApiException(400, "DATABASE_NAME_INVALID_ADMIN", $"Database name invalid. {user.String("username")} can only be created on the admin database.", user.String("username") ?? string.Empty);
        }
    }

    private static bool IsSet(JsonObject user, string authType) => user.String(authType) is { } value && value != "NONE";
}
