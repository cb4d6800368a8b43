using System.Collections.Generic;
using Microsoft.CodeAnalysis.Operations;

namespace AtlasGen.Analyzers.Checks;

/// <summary>
/// The element values of a collection written in place: a collection expression, an array initializer or a
/// collection initializer. A constraint on a collection-typed member applies to each of its items.
/// </summary>
internal static class CollectionElements
{
    public static IEnumerable<IOperation> Of(IOperation value)
    {
        var current = value;
        while (current is IConversionOperation { OperatorMethod: null } conversion)
        {
            current = conversion.Operand;
        }

        switch (current)
        {
            case ICollectionExpressionOperation collection:
                foreach (var element in collection.Elements)
                {
                    if (element is not ISpreadOperation)
                    {
                        yield return element;
                    }
                }

                break;
            case IArrayCreationOperation { Initializer: { } initializer }:
                foreach (var element in initializer.ElementValues)
                {
                    yield return element;
                }

                break;
            case IObjectCreationOperation { Initializer: { } initializer }:
                foreach (var element in OfInitializer(initializer))
                {
                    yield return element;
                }

                break;
            case IObjectOrCollectionInitializerOperation initializer:
                foreach (var element in OfInitializer(initializer))
                {
                    yield return element;
                }

                break;
        }
    }

    // Each item of a collection initializer is a call to Add with the item as its one argument.
    private static IEnumerable<IOperation> OfInitializer(IObjectOrCollectionInitializerOperation initializer)
    {
        foreach (var item in initializer.Initializers)
        {
            if (item is IInvocationOperation { Arguments.Length: 1 } add)
            {
                yield return add.Arguments[0].Value;
            }
        }
    }
}
