import QtQuick
import QtTest
import KnowTheLimits

// The workshop page: building a session playlist, saving it by name, and presenting it.
AppTestCase {
    id: testCase

    name: "WorkshopPage"
    width: 900
    height: 1400

    Component { id: workshopPage; WorkshopPage {} }

    function choose(page, address) {
        const combo = findChild(page, "partChoice")
        const at = combo.indexOfValue(address)
        verify(at >= 0, "offered: " + address)
        combo.currentIndex = at
        mouseClick(findChild(page, "addPart"))
    }

    function test_buildSaveAndPresent() {
        const page = createPage(workshopPage)
        const present = findChild(page, "presentPlaylist")
        verify(!present.enabled, "nothing to present before it is saved")
        choose(page, "walkthrough/detainers-101")
        choose(page, "glossary/detainer")
        choose(page, "glossary/mandamus") // one part: a subset of two terms
        choose(page, "flow/jail")
        settle(page)
        const second = findChild(page, "part-1")
        verify(second)
        verify(findByText(second, "2. Words to know: detainer, mandamus"))
        const minutes = findChild(findChild(page, "part-0"), "minutes")
        minutes.increase()
        minutes.increase()
        minutes.valueModified()
        verify(findByText(page, "Parts: 3 · Minutes: 10"))
        mouseClick(findChild(page, "savePlaylist"))
        compare(Settings.problems.length, 0)
        verify(findChild(page, "playlistMessage").text.startsWith("Saved “Workshop”."))
        verify(present.enabled)
        verify(findChild(page, "saved-Workshop"), "listed with the saved ones")
        // Present: the app asks its window for presenter mode with the playlist.
        const spy = createTemporaryObject(signalSpy, testCase, { target: Navigation, signalName: "presentRequested" })
        mouseClick(present)
        compare(spy.count, 1)
        compare(spy.signalArguments[0][0], "playlist/Workshop")
        // Its handout for phones: the three parts in one page, saved where handouts go.
        mouseClick(findChild(findChild(page, "saved-Workshop"), "shareSaved"))
        verify(Handouts.lastSaved, Handouts.lastMessage)
        verify(Handouts.lastMessage.indexOf("Workshop (phone).html") >= 0, Handouts.lastMessage)
    }

    function test_editMoveAndDelete() {
        const page = createPage(workshopPage)
        choose(page, "topic/partnerships")
        choose(page, "flow/jail")
        mouseClick(findByText(findChild(page, "part-1"), "Up"))
        settle(page)
        verify(findByText(findChild(page, "part-0"), "1. A jail gets a detainer"))
        const name = findChild(page, "playlistName")
        name.forceActiveFocus()
        name.selectAll()
        keyClick(Qt.Key_T)
        keyClick(Qt.Key_U)
        keyClick(Qt.Key_E)
        mouseClick(findChild(page, "savePlaylist"))
        verify(findChild(page, "saved-tue"))
        mouseClick(findChild(page, "newPlaylist"))
        compare(findChild(page, "playlistName").text, "Workshop")
        verify(findByText(page, "Nothing in it yet: add parts below."))
        mouseClick(findChild(page, "editSaved"))
        compare(findChild(page, "playlistName").text, "tue")
        mouseClick(findChild(page, "deleteSaved"))
        verify(!findChild(page, "saved-tue"))
    }

    /** At 200 % text on a 1024-wide screen nothing runs past the page's right edge: not the
     *  saved playlists' buttons, not a long title in the list of what to add. */
    function test_largeTextStaysOnThePage() {
        LanguageManager.setLanguage("es") // the longer labels
        Settings.textScale = 2
        const page = createPage(workshopPage, { width: 1024, height: 600 })
        // (Below the fold at this size: pressed as the keyboard would.)
        const combo = findChild(page, "partChoice")
        combo.currentIndex = combo.indexOfValue("walkthrough/detainers-101")
        findChild(page, "addPart").clicked()
        findChild(page, "savePlaylist").clicked()
        tryVerify(() => findChild(page, "deleteSaved") !== null, 3000, "saved: " + findChild(page, "playlistMessage").text)
        settle(page)
        const right = page.width
        for (const name of ["partChoice", "addPart", "deleteSaved", "shareSaved", "savePlaylist", "addTimeline", "newPlaylist"])
            verify(findChild(page, name), name)
        // Every text and button on the page, not only those: the first that runs past is named.
        const past = descendants(page.contentItem, item => item.visible && item.width > 0
                                 && item.mapToItem(page, item.width, 0).x > right + 0.5)
        verify(past.length === 0, past.length + " items run past the right edge, the first: "
               + (past.length ? past[0] + " " + (past[0].text || past[0].objectName) : ""))
    }

    function test_nothingToSaveSaysSo() {
        const page = createPage(workshopPage)
        verify(!findChild(page, "savePlaylist").enabled)
    }

    Component {
        id: signalSpy
        SignalSpy {}
    }
}
