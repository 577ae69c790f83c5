using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Advocacy.Letters.Serialization;
using Advocacy.Letters.Serialization.Internal;
using Xunit;

namespace Advocacy.Letters.Tests;

/// <summary>Conventions of STYLE §5 and §10, checked by reflection over the library, after Noda Time's MutabilityTest.</summary>
public class ConventionTests
{
    private static readonly Assembly Library = typeof(Letter).Assembly;

    public static TheoryData<Type> Models => new(ModelTypes());

    public static TheoryData<Type> FormatTypes => new(Reachable().OrderBy(t => t.Name));

    [Fact]
    public void Models_AreTheExpectedRecords()
    {
        var names = ModelTypes().Select(t => t.Name).Order().ToArray();

        Assert.Equal(
            ["Addressee", "AlternateName", "Demand", "Disposition", "Letter", "LetterEvent", "LetterResponse", "Paragraph", "Party", "Position", "PostalAddress", "Signatory", "Source"],
            names);
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Model_IsSealed_AndHasNoPublicSetter(Type type)
    {
        Assert.True(type.IsSealed, $"{type.Name} is not sealed");
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var setter = property.SetMethod;
            if (setter is { IsPublic: true })
            {
                var initOnly = setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
                Assert.True(initOnly, $"{type.Name}.{property.Name} has a public setter");
            }
        }

        Assert.Empty(type.GetFields(BindingFlags.Public | BindingFlags.Instance));
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Model_WritesOutEquality_WhenItHoldsACollection(Type type)
    {
        var holdsArray = type.GetProperties().Any(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(ImmutableArray<>));
        if (!holdsArray)
        {
            return;
        }

        var equals = type.GetMethod("Equals", [type])!;
        var hash = type.GetMethod("GetHashCode", Type.EmptyTypes)!;
        Assert.Null(equals.GetCustomAttribute<CompilerGeneratedAttribute>());
        Assert.Null(hash.GetCustomAttribute<CompilerGeneratedAttribute>());
    }

    [Theory]
    [MemberData(nameof(FormatTypes))]
    public void FormatType_IsKnownToTheGeneratedContext(Type type)
    {
        Assert.NotNull(LettersJsonContext.Default.GetTypeInfo(type));
    }

    [Fact]
    public void Enums_InTheFormat_UseTheKebabCaseConverter()
    {
        var enums = Library.GetExportedTypes().Where(t => t.IsEnum && t.Namespace == "Advocacy.Letters").ToArray();
        var reachable = Reachable();

        foreach (var type in enums.Where(reachable.Contains))
        {
            // Converters are registered in the context, never on the model type, so no model file imports serialization.
            Assert.Null(type.GetCustomAttribute<JsonConverterAttribute>());
            var converter = LettersJsonContext.Default.GetTypeInfo(type)?.Converter;
            Assert.True(converter?.GetType() == typeof(KebabCaseEnumConverter<>).MakeGenericType(type), $"LettersJsonContext lacks KebabCaseEnumConverter<{type.Name}>");
        }

        // DatePrecision describes a PartialDate in code; the format writes the date's text, never the precision.
        Assert.Equal(["DatePrecision"], enums.Where(t => !reachable.Contains(t)).Select(t => t.Name));
    }

    private static IEnumerable<Type> ModelTypes() =>
        Library.GetExportedTypes().Where(t => t.Namespace == "Advocacy.Letters" && t.IsClass && t.GetMethod("<Clone>$") is not null);

    private static HashSet<Type> Reachable()
    {
        var found = new HashSet<Type>();
        var pending = new Stack<Type>([typeof(Letter)]);
        while (pending.TryPop(out var type))
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() is var definition &&
                (definition == typeof(ImmutableArray<>) || definition == typeof(Nullable<>)))
            {
                type = type.GetGenericArguments()[0];
            }

            if (type.Assembly != Library || !found.Add(type))
            {
                continue;
            }

            // A type with its own converter (PartialDate) is written as a whole; its members are not in the format.
            if (type.IsValueType && LettersJsonContext.Default.GetTypeInfo(type)?.Kind == JsonTypeInfoKind.None)
            {
                continue;
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                pending.Push(property.PropertyType);
            }
        }

        return found;
    }
}
