import Courseware
import Testing

/// Every `iex` transcript in the lessons prints, on proctor, what real iex printed.
@Test(arguments: TranscriptCase.all)
func transcriptMatchesWhatTheLessonShows(_ transcriptCase: TranscriptCase) {
    let expected = TranscriptRunner.mask(transcriptCase.transcript.text)
    let actual = TranscriptRunner.mask(TranscriptRunner.render(transcriptCase.transcript))
    #expect(actual == expected)
}
