namespace AtlasGen.Simulator.State;

/// <summary>A role an API key holds: on the organization (GroupId null) or on one project.</summary>
internal sealed record KeyRole(string? GroupId, string RoleName);

/// <summary>A consistent copy of an API key, taken under its lock.</summary>
internal sealed record ApiKeySnapshot(string Id, string OrgId, string PublicKey, string PrivateKey, string? Desc, IReadOnlyList<KeyRole> Roles)
{
    public bool IsAssignedTo(string groupId) => Roles.Any(r => r.GroupId == groupId);
}

/// <summary>An entry of a key's access list: an address (stored as its /32 or /128 block too) or a CIDR block.</summary>
internal sealed record AccessListEntryRecord(string? IpAddress, string CidrBlock, DateTimeOffset Created);

/// <summary>An organization API key: its credentials, description, roles (organization and project) and access list.</summary>
internal sealed class ApiKeyRecord : ISequenced
{
    private readonly object _gate = new();
    private string? _desc;
    private List<KeyRole> _roles;

    public ApiKeyRecord(string id, string orgId, string publicKey, string privateKey, string? desc, IEnumerable<KeyRole> roles, long sequence)
    {
        Id = id;
        OrgId = orgId;
        PublicKey = publicKey;
        PrivateKey = privateKey;
        _desc = desc;
        _roles = roles.ToList();
        Sequence = sequence;
    }

    public string Id { get; }

    public string OrgId { get; }

    public string PublicKey { get; }

    public string PrivateKey { get; }

    public long Sequence { get; }

    /// <summary>Keyed by the CIDR block, so an address and its /32 are one entry.</summary>
    public LockedTable<AccessListEntryRecord> AccessList { get; } = new(StringComparer.OrdinalIgnoreCase);

    public ApiKeySnapshot Snapshot()
    {
        lock (_gate)
        {
            return new ApiKeySnapshot(Id, OrgId, PublicKey, PrivateKey, _desc, _roles.ToArray());
        }
    }

    /// <summary>Sets the description (when given) and replaces the organization roles (when given).</summary>
    public ApiKeySnapshot UpdateOrganization(string? desc, IReadOnlyList<string>? orgRoles)
    {
        lock (_gate)
        {
            _desc = desc ?? _desc;
            if (orgRoles is not null)
            {
                _roles = _roles.Where(r => r.GroupId is not null).Concat(orgRoles.Select(r => new KeyRole(null, r))).ToList();
            }

            return Snapshot();
        }
    }

    /// <summary>Assigns the key to a project with exactly <paramref name="roles"/> there (replacing its earlier ones).</summary>
    public ApiKeySnapshot SetProjectRoles(string groupId, IReadOnlyList<string> roles, string? desc = null)
    {
        lock (_gate)
        {
            _desc = desc ?? _desc;
            _roles = _roles.Where(r => r.GroupId != groupId).Concat(roles.Select(r => new KeyRole(groupId, r))).ToList();
            return Snapshot();
        }
    }

    /// <summary>Unassigns the key from the project; false when it was not assigned.</summary>
    public bool RemoveProject(string groupId)
    {
        lock (_gate)
        {
            return _roles.RemoveAll(r => r.GroupId == groupId) > 0;
        }
    }
}
