using System.Collections.Concurrent;

namespace AtlasGen.Analyzers.Metadata;

/// <summary>
/// Constraints per symbol for one compilation. A client file makes thousands of calls to a few hundred
/// members, so each member's attributes are decoded once. Created at compilation start, never shared across
/// compilations (symbols of different compilations are different objects).
/// </summary>
internal sealed class ConstraintCache
{
    private readonly ConcurrentDictionary<ISymbol, MemberConstraints> _members = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, MemberConstraints> _enums = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, OperationInfo?> _operations = new(SymbolEqualityComparer.Default);

    // netstandard2.0 has no GetOrAdd overload with a state argument: build each factory once instead.
    private readonly Func<ISymbol, MemberConstraints> _readMember;
    private readonly Func<ITypeSymbol, MemberConstraints> _readEnum;
    private readonly Func<IMethodSymbol, OperationInfo?> _readOperation;

    public ConstraintCache(AtlasSymbols symbols)
    {
        Symbols = symbols;
        _readMember = member => MemberConstraints.Read(member.GetAttributes(), symbols);
        _readEnum = type => ReadEnum(type, symbols);
        _readOperation = method => OperationInfo.Read(method, symbols);
    }

    public AtlasSymbols Symbols { get; }

    /// <summary>Constraints on a parameter, property or field; <see cref="MemberConstraints.None"/> for anything else.</summary>
    public MemberConstraints ForMember(ISymbol member)
    {
        if (member is not (IParameterSymbol or IPropertySymbol or IFieldSymbol))
        {
            return MemberConstraints.None;
        }

        return _members.GetOrAdd(member.OriginalDefinition, _readMember);
    }

    /// <summary>
    /// The known values of a generated enum struct (a struct with [AtlasAllowedValues] that implements
    /// IAtlasEnum&lt;itself&gt;), or null when the type is not one.
    /// </summary>
    public MemberConstraints? ForEnum(ITypeSymbol type)
    {
        if (type.TypeKind != TypeKind.Struct || type is not INamedTypeSymbol named)
        {
            return null;
        }

        var constraints = _enums.GetOrAdd(named.OriginalDefinition, _readEnum);
        return constraints.AllowedValues.IsEmpty ? null : constraints;
    }

    public OperationInfo? ForOperation(IMethodSymbol method) =>
        _operations.GetOrAdd(method.OriginalDefinition, _readOperation);

    private static MemberConstraints ReadEnum(ITypeSymbol type, AtlasSymbols symbols)
    {
        if (!ImplementsAtlasEnumOfItself(type, symbols))
        {
            return MemberConstraints.None;
        }

        return MemberConstraints.Read(type.GetAttributes(), symbols);
    }

    private static bool ImplementsAtlasEnumOfItself(ITypeSymbol type, AtlasSymbols symbols)
    {
        foreach (var candidate in type.Interfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(candidate.OriginalDefinition, symbols.AtlasEnum)
                && candidate.TypeArguments.Length == 1
                && SymbolEqualityComparer.Default.Equals(candidate.TypeArguments[0], type))
            {
                return true;
            }
        }

        return false;
    }
}
