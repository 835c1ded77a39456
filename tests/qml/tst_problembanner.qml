import QtQuick
import QtTest
import KnowTheLimits

// The problem banner: what could not be used is listed, as plain text, never dropped silently.
// Its ctest entry starts with a settings file holding a bad value (data/bad-settings, copied
// into this test's settings folder by the qml_setup_bad_settings fixture), so there is a
// problem to show. (Content problems cannot be made from QML: ContentStore::load is C++ only,
// and the runner loads the valid fixture.)
AppTestCase {
    id: testCase

    name: "ProblemBanner"

    Component { id: banner; ProblemBanner {} }

    function make() {
        const item = createTemporaryObject(banner, testCase, { width: testCase.width })
        verify(item)
        settle(item)
        return item
    }

    readonly property string heading: "Some files could not be used. The app is running on its built-in content and default settings. Problems found:"

    function initTestCase() {
        compare(Settings.problems.length, 1,
                "the bad settings file was read (run through ctest, whose fixture puts it in place)")
        verify(Settings.problems[0].indexOf("display/textScale") >= 0, Settings.problems[0])
    }

    function test_listsEachProblemAsPlainText() {
        const item = make()
        compare(item.count, Content.problemCount + Settings.problems.length)
        verify(item.visible)
        verify(item.implicitHeight > 0)
        const title = findByText(item, heading)
        verify(title, "the heading says what happened")
        compare(title.textFormat, Text.PlainText)
        compare(item.Accessible.role, Accessible.AlertMessage)
        compare(item.Accessible.name, heading)
        const line = findByText(item, Settings.problems[0])
        verify(line, "the problem is listed word for word")
        compare(line.textFormat, Text.PlainText, "markup in a problem is shown, not obeyed")
        verify(line.text.indexOf("found \"<b>9</b>\"") >= 0, line.text)
    }

    function test_everyPreviewLineShown() {
        const item = make()
        const lines = descendants(item, child => child.font !== undefined && child.font.family === "monospace" && child.visible)
        compare(lines.length, Settings.problems.length + Content.problemPreview.length)
        const more = descendants(item, child => typeof child.text === "string" && child.text.indexOf("…and") === 0)
        compare(more.length, 1)
        compare(more[0].visible, Content.problemCount > Content.problemPreview.length)
    }

    function test_shownAboveThePage() {
        const window = createMain()
        settle(window.contentItem)
        const found = descendants(window.contentItem, child => child.Accessible.role === Accessible.AlertMessage
                                                             && child.Accessible.name === heading)
        compare(found.length, 1, "Main.qml shows the banner")
        verify(found[0].visible)
        verify(found[0].height > 0)
        const home = findChild(window.contentItem, "homePage")
        verify(home.mapToItem(window.contentItem, 0, 0).y >= found[0].mapToItem(window.contentItem, 0, found[0].height).y - 1,
               "the page starts below the banner")
    }
}
