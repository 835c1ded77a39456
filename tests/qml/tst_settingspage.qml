import QtQuick
import QtTest
import KnowTheLimits

// Display and privacy: text size, dark colours, both languages, forgetting.
AppTestCase {
    id: testCase

    name: "SettingsPage"

    Component { id: settingsPage; SettingsPage {} }

    function test_displaySettings() {
        const page = createPage(settingsPage)
        const base = Theme.bodySize
        mouseClick(findChild(page, "largerText"))
        compare(Settings.textScale, 1.1)
        verify(Theme.bodySize > base, "the type scale follows the text size")
        mouseClick(findChild(page, "darkTheme"))
        verify(Settings.darkTheme)
        verify(Theme.dark)
        mouseClick(findChild(page, "bilingual"))
        verify(Settings.bilingual)
        Settings.language = "es"
        mouseClick(findChild(page, "forgetProgress"))
        mouseClick(findChild(page, "forgetConfirm")) // it asks first
        verify(!Settings.bilingual)
        verify(Settings.needsLanguageChoice, "the next person on a shared computer chooses again")
    }

    function test_smallerAndLargerText() {
        const page = createPage(settingsPage)
        const larger = findChild(page, "largerText")
        const smaller = findByText(page, "A−")
        verify(smaller)
        compare(smaller.Accessible.name, "Smaller text")
        verify(findByText(page, "100 %"))
        mouseClick(smaller)
        compare(Settings.textScale, 0.9)
        verify(findByText(page, "90 %"), "the size is shown")
        mouseClick(smaller)
        compare(Settings.textScale, 0.8)
        verify(!Settings.canShrinkText)
        verify(!smaller.enabled, "A− stops at the smallest size")
        mouseClick(smaller)
        compare(Settings.textScale, 0.8)
        mouseClick(larger)
        compare(Settings.textScale, 0.9)
        verify(smaller.enabled)
    }

    function test_largestTextStops() {
        const page = createPage(settingsPage)
        const larger = findChild(page, "largerText")
        Settings.textScale = 1.9
        verify(Settings.canEnlargeText)
        verify(larger.enabled)
        mouseClick(larger)
        compare(Settings.textScale, 2.0)
        verify(!Settings.canEnlargeText, "2.0 is the largest")
        verify(!larger.enabled, "A+ is off at the largest size")
        Settings.enlargeText()
        compare(Settings.textScale, 2.0)
        verify(findByText(page, "200 %"))
    }

    function test_forgetClearsTheHistory() {
        verify(Navigation.go("topic/mandamus"))
        verify(Navigation.go("settings"))
        verify(Navigation.canGoBack)
        const page = createPage(settingsPage)
        const forget = findChild(page, "forgetProgress")
        forget.forceActiveFocus()
        keyClick(Qt.Key_Return)
        verify(Navigation.canGoBack, "nothing is forgotten before it is confirmed")
        verify(!Settings.needsLanguageChoice)
        const confirm = findChild(page, "forgetConfirm")
        verify(confirm.visible)
        verify(confirm.activeFocus, "the question takes the keyboard")
        keyClick(Qt.Key_Return)
        verify(!Navigation.canGoBack, "nothing of the last person's path is left")
        verify(Settings.needsLanguageChoice)
        verify(!confirm.visible)
        verify(forget.visible)
    }

    function test_forgetCanBeCancelled() {
        const page = createPage(settingsPage)
        Settings.darkTheme = true
        mouseClick(findChild(page, "forgetProgress"))
        const cancel = findChild(page, "forgetCancel")
        verify(cancel.visible)
        verify(!findChild(page, "forgetProgress").visible)
        mouseClick(cancel)
        verify(Settings.darkTheme, "cancel keeps the settings")
        verify(!Settings.needsLanguageChoice)
        verify(findChild(page, "forgetProgress").visible)
        verify(!findChild(page, "forgetConfirm").visible)
    }
}
