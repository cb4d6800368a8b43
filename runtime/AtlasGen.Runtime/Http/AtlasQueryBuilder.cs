using System.Globalization;
using System.Text;

namespace AtlasGen.Runtime;

/// <summary>Builds an escaped query string in a fixed order, formatting values invariantly.</summary>
public sealed class AtlasQueryBuilder
{
    // Made on the first value: most calls send no query (optional parameters left at their defaults).
    private StringBuilder? _query;

    /// <summary>Adds a string value; a null value is skipped.</summary>
    public AtlasQueryBuilder Add(string name, string? value)
    {
        if (value is null)
        {
            return this;
        }

        _query = _query is null ? new StringBuilder().Append('?') : _query.Append('&');
        _query
            .Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
        return this;
    }

    /// <summary>Adds a boolean as <c>true</c> or <c>false</c>.</summary>
    public AtlasQueryBuilder Add(string name, bool? value)
        => value is null ? this : Add(name, value.Value ? "true" : "false");

    /// <summary>Adds an integer.</summary>
    public AtlasQueryBuilder Add(string name, long? value)
        => value is null ? this : Add(name, value.Value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Adds a number.</summary>
    public AtlasQueryBuilder Add(string name, double? value)
        => value is null ? this : Add(name, value.Value.ToString("R", CultureInfo.InvariantCulture));

    /// <summary>Adds each item of a list as a repeated parameter (OpenAPI's default <c>form</c>, <c>explode=true</c>).</summary>
    public AtlasQueryBuilder AddEach(string name, System.Collections.Generic.IEnumerable<string>? values)
    {
        if (values is not null)
        {
            foreach (var value in values)
            {
                Add(name, value);
            }
        }

        return this;
    }

    /// <summary>The query string with its leading '?', or empty.</summary>
    public override string ToString() => _query?.ToString() ?? string.Empty;
}
