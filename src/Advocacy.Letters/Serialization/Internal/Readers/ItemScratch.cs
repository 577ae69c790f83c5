using System;
using System.Collections.Immutable;

namespace Advocacy.Letters.Serialization.Internal.Readers;

/// <summary>
/// The list builder that <see cref="JsonCursor"/> collects an array's items in, kept per thread and per item type:
/// only the finished array is allocated, not a builder and the arrays it outgrows. A corpus parses millions of
/// letters, each with dozens of (mostly short or empty) lists, and every object a parse leaves behind is work for a
/// collection that stops every thread.
/// </summary>
/// <remarks>
/// <see cref="Rent"/> takes the thread's builder out of its slot and <see cref="Finish"/> puts it back, so a list read
/// inside an item of the same type gets a builder of its own. A parse that fails between the two leaves the slot
/// empty, and the next rent makes a new builder. A builder grown past <see cref="MostKept"/> items is dropped rather
/// than kept, so one huge letter does not pin memory.
/// </remarks>
/// <typeparam name="T">The item type.</typeparam>
internal static class ItemScratch<T>
{
    /// <summary>The largest capacity a builder may reach and still be kept for the next list.</summary>
    public const int MostKept = 4096;

    [ThreadStatic]
    private static ImmutableArray<T>.Builder? cached;

    /// <summary>Gets the thread's empty builder, or a new one when it is in use or was dropped.</summary>
    public static ImmutableArray<T>.Builder Rent()
    {
        var builder = cached;
        if (builder is null)
        {
            return ImmutableArray.CreateBuilder<T>();
        }

        cached = null;
        return builder;
    }

    /// <summary>Copies the items into an array of their exact size, and empties and keeps the builder.</summary>
    public static ImmutableArray<T> Finish(ImmutableArray<T>.Builder builder)
    {
        var items = builder.ToImmutable();

        // Clear also drops the references, so that the kept builder holds no item alive.
        builder.Clear();
        if (builder.Capacity <= MostKept)
        {
            cached = builder;
        }

        return items;
    }
}
