using Advocacy.Letters;
using Advocacy.Letters.Tracking;
using NodaTime;

// Where the 2011 letter stands on a fixed day. For "today", pass a clock and a zone:
// LetterTracker.Track(letter, SystemClock.Instance, DateTimeZone.Utc).
Letter letter = SampleLetters.Dprk2011;
LetterStatus status = LetterTracker.Track(letter, new LocalDate(2026, 11, 28));
Console.WriteLine($"sent {status.Sent}; {status.DaysUnanswered} days unanswered");

// Outstanding demands, each with its latest status and the response that gave it.
Console.WriteLine($"{status.Outstanding.Length} of {status.Demands.Length} demands outstanding, for example:");
foreach (DemandStatus demand in status.Outstanding.Take(2))
{
    Console.WriteLine($"  {demand.Demand.Id}: {demand.Status} ({demand.Latest?.Response.Id}, {demand.Latest?.Date})");
}

// Whether the addressee held each position on the letter's date: Held, NotHeld or Uncertain.
foreach (AddresseeStatus addressee in status.Addressees)
{
    foreach (PositionStatus position in addressee.Positions)
    {
        Console.WriteLine($"{addressee.Addressee.Name}, {position.Position.Title}: {position.HeldOnLetterDate}");
    }
}
