using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using AtlasGen.Simulator.Engine;
using Microsoft.Extensions.Time.Testing;

namespace AtlasGen.Simulator.Tests.Rules;

/// <summary>
/// Calls a rule's hooks in the order the engine's contract gives (ResourceRule.cs): create through ItemsToCreate, KeyOf
/// and OnCreated; a read counts, then OnRead; OnUpdating, a merge, then OnUpdated; RemoveOnDelete. Items a rule marks
/// removed are gone, as in the engine's collection.
/// </summary>
internal sealed class RuleDriver
{
    private readonly Dictionary<string, ResourceItem> _items = new(StringComparer.Ordinal);

    public RuleDriver(Func<AtlasSimulatorOptions, ResourceRule> pick, AtlasSimulatorOptions? options = null)
    {
        Options = options ?? new AtlasSimulatorOptions();
        Options.TimeProvider = Clock;
        Rule = pick(Options);
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));

    public AtlasSimulatorOptions Options { get; }

    public ResourceRule Rule { get; }

    public DateTimeOffset Now => Clock.GetUtcNow();

    public static ResourceRule RuleFor(AtlasSimulatorOptions options, string template) => new ResourceRules(options).For(template)!;

    public IReadOnlyList<ResourceItem> Create(string json)
    {
        var created = new List<ResourceItem>();
        foreach (var body in Rule.ItemsToCreate(JsonNode.Parse(json)!).ToList())
        {
            var key = Rule.KeyOf(body) ?? throw new InvalidOperationException("the rule gave no key");
            if (_items.ContainsKey(key))
            {
                throw Rule.Duplicate(key, Path(key)) ?? throw new InvalidOperationException("no duplicate error");
            }

            var item = new ResourceItem(key, body, Now);
            _items.Add(key, item);
            Rule.OnCreated(item, Now);
            created.Add(item);
        }

        return created;
    }

    /// <summary>A GET of the item: null once it is gone.</summary>
    public JsonObject? Get(string pathKey)
    {
        var item = Find(pathKey);
        if (item is null)
        {
            return null;
        }

        item.Reads++;
        Rule.OnRead(item, Now);
        return Find(pathKey)?.Body;
    }

    public JsonNode? GetBelow(string pathKey, string suffix) => Rule.ReadBelow(Find(pathKey)!, suffix, Now);

    public JsonObject Patch(string pathKey, string json)
    {
        var item = Find(pathKey)!;
        var request = JsonNode.Parse(json)!.AsObject();
        Rule.OnUpdating(item, request, Now);
        foreach (var (name, value) in request.ToList())
        {
            item.Body[name] = value?.DeepClone();
        }

        Rule.OnUpdated(item, Now);
        return item.Body;
    }

    /// <summary>A DELETE: true when it removed the item at once.</summary>
    public bool Delete(string pathKey)
    {
        var item = Find(pathKey)!;
        if (!Rule.RemoveOnDelete(item, Now))
        {
            return false;
        }

        _items.Remove(item.Key);
        return true;
    }

    public Dictionary<string, string> Path(string key) => new(StringComparer.Ordinal) { ["groupId"] = "5f0000000000000000000001", ["username"] = key.Split('/').Last() };

    private ResourceItem? Find(string pathKey)
    {
        var key = Rule.NormalizeKey(pathKey);
        if (_items.TryGetValue(key, out var item) && item.Removed)
        {
            _items.Remove(key);
            return null;
        }

        return item;
    }
}
