using System.Text;
using Advocacy.Letters.Import;
using BenchmarkDotNet.Attributes;

namespace Advocacy.Letters.Benchmarks.Import;

/// <summary>Import throughput: a 500-signatory plain-text letter into a <see cref="Letter"/>, warnings and validation included.</summary>
public class LetterImportBenchmark
{
    private string text = string.Empty;

    /// <summary>Gets the letter's size in bytes (UTF-8), for throughput.</summary>
    public int Bytes => Encoding.UTF8.GetByteCount(text);

    [GlobalSetup]
    public void Setup()
    {
        var builder = new StringBuilder();
        builder.Append("Joint letter on civic space\n\n6 April 2021\n\nH.E. Ms. Michelle Bachelet\nUnited Nations High Commissioner for Human Rights\nPalais des Nations\n1211 Geneva 10\nSwitzerland\n\n");
        builder.Append("Dear High Commissioner,\n\n");
        for (var p = 0; p < 6; p++)
        {
            builder.Append("Across the world, civil society organisations face raids, closures and smear campaigns. We urge you to publish an annual report on reprisals, ")
                   .Append("and we call on member states to repeal laws that restrict the registration and funding of associations. Governments should end the harassment of defenders.\n\n");
        }

        builder.Append("Yours sincerely,\n\n");
        string[] countries = ["Kenya", "Brazil", "India", "Germany", "ROK", "USA", "UK", "Czech Republic"];
        for (var i = 0; i < 500; i++)
        {
            builder.Append(i + 1).Append(". ").Append(i % 3 == 0 ? "Human Rights Network " : "Centre for Justice ").Append(i)
                   .Append(i % 2 == 0 ? " - HRN" : string.Empty).Append(" (").Append(countries[i % countries.Length]).Append(")\n");
        }

        text = builder.ToString();
    }

    [Benchmark]
    public Letter Import500Signatories() => LetterImporter.Import(text).Letter;
}
