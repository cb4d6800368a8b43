using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace AtlasGen.Simulator.Engine.Rules;

/// <summary>
/// A project's clusters, keyed by name, as the recordings show Atlas: created <c>CREATING</c> with empty connection
/// strings, <c>IDLE</c> (with them) once provisioned; a PATCH (a pause or resume too) is <c>UPDATING</c> until done; a
/// DELETE is 202 and <c>DELETING</c> until the cluster vanishes, then <c>CLUSTER_NOT_FOUND</c>.
/// </summary>
internal sealed class ClusterRule(Provisioning provisioning) : ResourceRule
{
    private const string Idle = "IDLE";
    private const string Creating = "CREATING";
    private const string Updating = "UPDATING";
    private const string Deleting = "DELETING";

    // Atlas's current default major version and its patch release in the recordings.
    private const string DefaultMajorVersion = "8.0";

    public override string CollectionPathTemplate => "/api/atlas/v2/groups/{groupId}/clusters";

    public override string? KeyOf(JsonObject item) => item.String("name");

    public override IEnumerable<JsonObject> ItemsToCreate(JsonNode body)
    {
        if (body is JsonObject cluster && cluster.IsTrue("paused"))
        {
            var name = cluster.String("name") ?? string.Empty;
            throw new SimulatorApiException(400, "CANNOT_CREATE_PAUSED_CLUSTER", $"Cluster {name} cannot be created in a paused state.", name);
        }

        return base.ItemsToCreate(body);
    }

    public override void OnCreated(ResourceItem item, DateTimeOffset now)
    {
        var body = item.Body;
        // What Atlas fills in on a create (the 201 of createCluster in the recordings).
        body.SetIfAbsent("clusterType", "REPLICASET");
        body.SetIfAbsent("backupEnabled", false);
        body.SetIfAbsent("paused", false);
        body.SetIfAbsent("pitEnabled", false);
        body.SetIfAbsent("terminationProtectionEnabled", false);
        body.SetIfAbsent("globalClusterSelfManagedSharding", false);
        body.SetIfAbsent("encryptionAtRestProvider", "NONE");
        body.SetIfAbsent("diskWarmingMode", "FULLY_WARMED");
        body.SetIfAbsent("rootCertType", "ISRGROOTX1");
        body.SetIfAbsent("versionReleaseSystem", "LTS");
        body.SetIfAbsent("biConnector", new JsonObject { ["enabled"] = false, ["readPreference"] = "secondary" });
        body.SetIfAbsent("labels", new JsonArray());
        body.SetIfAbsent("tags", new JsonArray());
        body.SetIfAbsent("mongoDBMajorVersion", DefaultMajorVersion);
        body["createDate"] = now.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        Versions(body);
        Begin(item, Creating, now);
    }

    public override void OnRead(ResourceItem item, DateTimeOffset now)
    {
        var state = item.Body.String("stateName");
        if (state is not (Creating or Updating or Deleting) || !provisioning.IsDone(item, now))
        {
            return;
        }

        if (state == Deleting)
        {
            item.Removed = true;
            return;
        }

        item.Body["stateName"] = Idle;
        item.Body["connectionStrings"] = ConnectionStrings(item.Key);
        Provisioning.Start(item, now);
    }

    public override void OnUpdating(ResourceItem item, JsonObject request, DateTimeOffset now)
    {
        var body = item.Body;
        if (body.String("stateName") == Deleting)
        {
            throw new SimulatorApiException(400, "CLUSTER_ALREADY_REQUESTED_DELETION", $"The cluster {item.Key} has already been requested for deletion.", item.Key);
        }

        if (request.String("name") is { } name && !string.Equals(name, item.Key, StringComparison.Ordinal))
        {
            throw new SimulatorApiException(400, "CLUSTER_CANNOT_CHANGE_NAME", "Cannot change name of cluster during an update.");
        }

        // A paused cluster takes only its resume (with or without other changes, as Atlas's clients send it). Atlas
        // refuses anything else with 409 Conflict (the Atlas CLI shows it: mongodb/mongodb-atlas-cli issue 4310).
        var resumes = request["paused"] is JsonValue paused && !paused.GetValue<bool>();
        if (body.IsTrue("paused") && !resumes)
        {
            throw SimulatorApiException.Conflict("CANNOT_UPDATE_PAUSED_CLUSTER", $"Cannot update cluster {item.Key} while it is paused or being paused.", item.Key);
        }
    }

    public override void OnUpdated(ResourceItem item, DateTimeOffset now)
    {
        Versions(item.Body);
        Begin(item, Updating, now);
    }

    public override bool RemoveOnDelete(ResourceItem item, DateTimeOffset now)
    {
        var body = item.Body;
        if (body.IsTrue("terminationProtectionEnabled"))
        {
            // As recorded (0168): the parameter is the whole sentence.
            throw new SimulatorApiException(
                400,
                "CANNOT_TERMINATE_CLUSTER_WHEN_TERMINATION_PROTECTION_ENABLED",
                "Cannot terminate a cluster when termination protection is enabled. Disable termination protection and try again.",
                $"Cannot terminate cluster {item.Key} in group {GroupOf(body)} because termination protection is enabled. Disable termination protection and try again.");
        }

        if (body.String("stateName") == Deleting)
        {
            throw new SimulatorApiException(400, "CLUSTER_ALREADY_REQUESTED_DELETION", $"The cluster {item.Key} has already been requested for deletion.", item.Key);
        }

        Begin(item, Deleting, now);
        return false;
    }

    /// <summary>As recorded: 201 for a create (0148), 202 with <c>{}</c> for a delete (0162); a PATCH is 200 (0154).</summary>
    public override int? StatusFor(string method) => method switch
    {
        "POST" => 201,
        "DELETE" => 202,
        _ => null,
    };

    public override SimulatorApiException NotFound(string key, IReadOnlyDictionary<string, string> pathParameters)
    {
        // As recorded (0164): "No cluster named cluster-712 exists in group 6a79….", parameters [name, group].
        var groupId = pathParameters.GetValueOrDefault("groupId") ?? string.Empty;
        return SimulatorApiException.NotFound("CLUSTER_NOT_FOUND", $"No cluster named {key} exists in group {groupId}.", key, groupId);
    }

    public override SimulatorApiException Duplicate(string key, IReadOnlyDictionary<string, string> pathParameters)
    {
        // No recording has one: Atlas's published error-code list ("Atlas Administration API Error Codes") gives
        // DUPLICATE_CLUSTER_NAME as a 400, not a 409, worded "A cluster named %s is already present in group %s.".
        var groupId = pathParameters.GetValueOrDefault("groupId") ?? string.Empty;
        return new SimulatorApiException(400, "DUPLICATE_CLUSTER_NAME", $"A cluster named {key} is already present in group {groupId}.", key, groupId);
    }

    private static void Begin(ResourceItem item, string state, DateTimeOffset now)
    {
        item.Body["stateName"] = state;
        if (state == Creating)
        {
            item.Body["connectionStrings"] = new JsonObject();
        }

        Provisioning.Start(item, now);
    }

    /// <summary>The full version and feature compatibility version follow the major version the user chose.</summary>
    private static void Versions(JsonObject body)
    {
        var major = body.String("mongoDBMajorVersion") ?? DefaultMajorVersion;
        body["mongoDBVersion"] = major + ".29";
        body["featureCompatibilityVersion"] = major;
    }

    private static string GroupOf(JsonObject body) => body.String("groupId") ?? string.Empty;

    /// <summary>The hosts Atlas names after the cluster and a per-cluster suffix (stable here: a hash of the name).</summary>
    private static JsonObject ConnectionStrings(string name)
    {
        var suffix = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..6];
        var hosts = string.Join(',', new[] { 0, 1, 2 }.Select(n => $"{name}-shard-00-0{n}.{suffix}.mongodb.net:27017"));
        return new JsonObject
        {
            ["standard"] = $"mongodb://{hosts}/?ssl=true&authSource=admin&replicaSet=atlas-{suffix}-shard-0",
            ["standardSrv"] = $"mongodb+srv://{name}.{suffix}.mongodb.net",
        };
    }
}
