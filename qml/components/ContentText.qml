pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import KnowTheLimits

// Content prose (HTML from the models). Glossary links open their definition in place; source
// links show the citation; page links go to that page. A paragraph with links is one Tab stop
// per link: Tab and Shift+Tab move between them, Enter or Space opens one. Screen readers get the words, never the markup.
// Nothing here loads anything from outside the app.
Label {
    id: root

    property string html
    /** The link the keyboard is on, from 0; -1 when the paragraph does not have focus. */
    property int focusedLink: -1
    readonly property int linkCount: Prose.linkCount(html)

    text: Prose.display(html, Theme.link, activeFocus ? focusedLink : -1, Theme.linkFocusBackground)
    textFormat: Text.RichText
    wrapMode: Text.Wrap
    color: Theme.text
    font.pixelSize: Theme.bodySize
    lineHeight: 1.25

    activeFocusOnTab: linkCount > 0
    Accessible.name: Prose.plain(html)
    Accessible.description: activeFocus && focusedLink >= 0
        //: Screen reader: the link the keyboard is on in a paragraph; %1 its words, %2 its number, %3 how many
        ? qsTr("Link: %1 (%2 of %3). Enter opens it.").arg(Prose.linkText(html, focusedLink)).arg(focusedLink + 1).arg(linkCount)
        : ""

    // The link a popup was opened from, so that closing it comes back to that link.
    property int returnToLink: -1

    // Otherwise each visit starts at the first link (Qt 6.4 does not say whether Tab or
    // Shift+Tab came in).
    onActiveFocusChanged: {
        focusedLink = activeFocus ? Math.max(0, returnToLink) : -1
        if (activeFocus)
            returnToLink = -1
    }
    Keys.onTabPressed: event => {
        event.accepted = focusedLink + 1 < linkCount
        if (event.accepted)
            focusedLink += 1
        else
            focusedLink = -1
    }
    Keys.onBacktabPressed: event => {
        event.accepted = focusedLink > 0
        if (event.accepted)
            focusedLink -= 1
        else
            focusedLink = -1
    }
    Keys.onReturnPressed: openLink(Prose.linkHref(html, focusedLink))
    Keys.onEnterPressed: openLink(Prose.linkHref(html, focusedLink))
    Keys.onSpacePressed: openLink(Prose.linkHref(html, focusedLink))

    onLinkActivated: link => openLink(link)

    function openLink(href: string) {
        const page = Content.linkPage(href)
        if (page !== "") {
            Navigation.go(page)
            return
        }
        const target = Content.linkTarget(href)
        if (Object.keys(target).length === 0)
            return
        root.returnToLink = root.activeFocus ? root.focusedLink : -1
        // Made on each use (by URL, so no bound component crosses contexts); it opens itself.
        popupLoader.setSource("DefinitionPopup.qml", {
            target: target,
            returnFocusTo: root.activeFocus ? root : null,
            y: root.height,
            width: Math.min(root.width, 520 * Theme.scale)
        })
    }

    Loader {
        id: popupLoader
    }
}
