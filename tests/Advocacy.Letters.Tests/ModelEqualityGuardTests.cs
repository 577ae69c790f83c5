using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Advocacy.Letters.Tests.Infrastructure;
using Xunit;

namespace Advocacy.Letters.Tests;

/// <summary>
/// The equality guard: for every model type, found by reflection, changing any one property alone breaks
/// <c>Equals</c> and changes <c>GetHashCode</c>. A property added to a record but forgotten in its written-out
/// equality fails here.
/// </summary>
public class ModelEqualityGuardTests
{
    public static TheoryData<Type> Models => new(ModelTypes());

    [Theory]
    [MemberData(nameof(Models))]
    public void ChangingAnyOneProperty_BreaksEqualsAndChangesHashCode(Type type)
    {
        var sample = Sample(type);
        var properties = Settable(type).ToList();
        Assert.NotEmpty(properties);

        Assert.True(sample.Equals(Clone(sample)), $"{type.Name} does not equal its own copy");
        foreach (var property in properties)
        {
            var copy = Clone(sample);
            property.SetValue(copy, Different(property.PropertyType, property.GetValue(sample)));

            Assert.False(sample.Equals(copy), $"{type.Name}.{property.Name} changed, yet the copy is still equal");
            Assert.False(copy.Equals(sample), $"{type.Name}.{property.Name} changed, yet the copy is still equal");
            Assert.NotEqual(sample.GetHashCode(), copy.GetHashCode());
        }
    }

    [Fact]
    public void Samples_CoverEveryModelType()
    {
        Assert.Equal(13, ModelTypes().Count());
        Assert.All(ModelTypes(), type => Assert.NotNull(Sample(type)));
    }

    private static IEnumerable<Type> ModelTypes() =>
        typeof(Letter).Assembly.GetExportedTypes().Where(t => t.Namespace == "Advocacy.Letters" && t.IsClass && t.GetMethod("<Clone>$") is not null);

    private static IEnumerable<PropertyInfo> Settable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true });

    /// <summary>Finds an instance of <paramref name="type"/> in <see cref="TestLetters.Complete"/>, which uses every part of the model.</summary>
    private static object Sample(Type type)
    {
        var pending = new Stack<object>([TestLetters.Complete]);
        while (pending.TryPop(out var value))
        {
            if (value.GetType() == type)
            {
                return value;
            }

            if (value.GetType().Assembly != typeof(Letter).Assembly || value.GetType().IsValueType)
            {
                continue;
            }

            foreach (var property in Settable(value.GetType()))
            {
                switch (property.GetValue(value))
                {
                    case IEnumerable items and not string:
                        foreach (var item in items)
                        {
                            pending.Push(item);
                        }

                        break;
                    case { } child:
                        pending.Push(child);
                        break;
                }
            }
        }

        throw new InvalidOperationException($"TestLetters.Complete holds no {type.Name}");
    }

    private static object Clone(object record) => record.GetType().GetMethod("<Clone>$")!.Invoke(record, null)!;

    /// <summary>A value of <paramref name="type"/> that differs from <paramref name="current"/>.</summary>
    private static object Different(Type type, object? current)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string))
        {
            return current is string text ? text + " (changed)" : "changed";
        }

        if (underlying.IsEnum)
        {
            return Enum.GetValues(underlying).Cast<object>().First(v => !v.Equals(current));
        }

        if (underlying == typeof(PartialDate))
        {
            return current is PartialDate { Year: 1999 } ? PartialDate.FromYear(2000) : PartialDate.FromYear(1999);
        }

        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
        {
            var itemType = underlying.GetGenericArguments()[0];
            var items = ((IEnumerable)current!).Cast<object>().ToList();
            var extra = itemType == typeof(string) ? "extra" : items.FirstOrDefault() ?? Sample(itemType);
            return underlying.GetMethod("Add", [itemType])!.Invoke(current, [extra])!;
        }

        if (underlying.GetMethod("<Clone>$") is not null)
        {
            if (current is null)
            {
                return Sample(underlying);
            }

            var copy = Clone(current);
            var first = Settable(underlying).First();
            first.SetValue(copy, Different(first.PropertyType, first.GetValue(current)));
            return copy;
        }

        throw new InvalidOperationException($"no way to change a {type.Name}: teach {nameof(Different)} one");
    }
}
