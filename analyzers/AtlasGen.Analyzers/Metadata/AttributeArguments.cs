using System.Globalization;

namespace AtlasGen.Analyzers.Metadata;

/// <summary>Tolerant readers of attribute arguments: a malformed attribute reads as "unset", never as a crash.</summary>
internal static class AttributeArguments
{
    public static string? FirstString(AttributeData attribute) =>
        attribute.ConstructorArguments.Length > 0 && attribute.ConstructorArguments[0].Kind != TypedConstantKind.Array
            ? attribute.ConstructorArguments[0].Value as string
            : null;

    public static ImmutableArray<string> StringArray(AttributeData attribute)
    {
        if (attribute.ConstructorArguments.Length == 0)
        {
            return ImmutableArray<string>.Empty;
        }

        var argument = attribute.ConstructorArguments[0];
        if (argument.Kind != TypedConstantKind.Array || argument.IsNull)
        {
            return ImmutableArray<string>.Empty;
        }

        var builder = ImmutableArray.CreateBuilder<string>(argument.Values.Length);
        foreach (var value in argument.Values)
        {
            if (value.Value is string text)
            {
                builder.Add(text);
            }
        }

        return builder.ToImmutable();
    }

    public static double NamedDouble(AttributeData attribute, string name)
    {
        var value = Named(attribute, name);
        return value is IConvertible convertible and not bool and not string
            ? convertible.ToDouble(CultureInfo.InvariantCulture)
            : double.NaN;
    }

    public static int NamedInt(AttributeData attribute, string name) =>
        Named(attribute, name) is int value ? value : -1;

    public static bool NamedBool(AttributeData attribute, string name) =>
        Named(attribute, name) is true;

    private static object? Named(AttributeData attribute, string name)
    {
        foreach (var pair in attribute.NamedArguments)
        {
            if (pair.Key == name)
            {
                return pair.Value.Value;
            }
        }

        return null;
    }
}
