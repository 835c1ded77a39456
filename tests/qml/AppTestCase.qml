import QtQuick
import QtTest
import KnowTheLimits

// What every Qt Quick test of the app shares, in one place: a shown, mouse-receiving test
// window, a clean state before each test, and ways to find items that have no objectName.
// Not a tst_* file, so the runner never runs it on its own; each tst_*.qml is an AppTestCase.
// Items with an objectName are found with TestCase's own findChild().
TestCase {
    id: testCase

    when: windowShown
    visible: true // TestCase is hidden by default; the pages under test must get mouse events
    width: 1280
    height: 720

    Component {
        id: mainWindow
        Main {}
    }

    /** Back to a known start: no history, English, every setting forgotten (and checked to be
     *  the defaults on screen), then English chosen so the first-run choice is not open. */
    function resetState() {
        Navigation.clearHistory()
        LanguageManager.setLanguage("en")
        Settings.forgetAll()
        // Forgetting must put what is on screen back to the defaults by itself.
        compare(Settings.textScale, 1)
        compare(Settings.darkTheme, false)
        verify(Settings.needsLanguageChoice, "forgetting clears the language")
        Settings.language = "en" // past the first-run language choice
    }

    function init() {
        resetState()
    }

    /** The whole window (Main.qml), destroyed after the test. */
    function createMain() {
        const window = createTemporaryObject(mainWindow, testCase)
        verify(window, "Main.qml was made")
        return window
    }

    /** A page (or any item) from @p component, filling the test window. */
    function createPage(component, properties) {
        const props = Object.assign({ width: testCase.width, height: testCase.height }, properties || {})
        const page = createTemporaryObject(component, testCase, props)
        verify(page, "the page was made")
        // Laid out, and done with what it does "later" (its heading taking the keyboard).
        settle(page)
        return page
    }

    /** Lets @p item be laid out (polished) and run what it does "later" (Qt.callLater: a page's
     *  heading takes the keyboard that way), so a test's own focus or clicks are not undone. */
    function settle(item) {
        wait(0)
        waitForItemPolished(item)
        wait(10)
    }

    /** The delegate @p list shows for row @p index, once the list has made it: a ListView makes
     *  its delegates on its own polish, which can come a frame after its count changes. */
    function delegateAt(list, index) {
        list.forceLayout()
        tryVerify(() => list.itemAtIndex(index) !== null, 5000, "row " + index + " of " + list.objectName + " is shown")
        return list.itemAtIndex(index)
    }

    /** Every visual descendant of @p item (children, depth first) for which @p test is true. */
    function descendants(item, test) {
        const found = []
        const walk = node => {
            const children = node && node.children !== undefined ? node.children : []
            for (let i = 0; i < children.length; ++i) {
                if (test(children[i]))
                    found.push(children[i])
                walk(children[i])
            }
        }
        walk(item)
        return found
    }

    /** The first visible descendant of @p item whose text is exactly @p text, or null. */
    function findByText(item, text) {
        const found = descendants(item, child => child.text === text && child.visible)
        return found.length > 0 ? found[0] : null
    }

    /** Whether @p item is @p ancestor or inside it. */
    function isInside(item, ancestor) {
        for (let node = item; node; node = node.parent) {
            if (node === ancestor)
                return true
        }
        return false
    }
}
