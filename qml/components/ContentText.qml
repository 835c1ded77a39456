pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import KnowTheLimits

// Content prose (HTML from the models). Glossary links open their definition in place;
// source links show the citation. Nothing here loads anything from outside the app.
Label {
    id: root

    property string linkHeading
    property string linkBody

    property string html

    // Rich text for real paragraph spacing and lists; its links take their colour from CSS.
    text: "<style>a { color: " + Theme.link + "; }</style>" + html
    textFormat: Text.RichText
    wrapMode: Text.Wrap
    color: Theme.text
    font.pixelSize: Theme.bodySize
    lineHeight: 1.25

    onLinkActivated: link => {
        const colon = link.indexOf(":")
        const scheme = link.substring(0, colon)
        const id = link.substring(colon + 1)
        const entry = scheme === "term" ? Content.term(id) : Content.source(id)
        root.linkHeading = entry.heading ?? ""
        root.linkBody = entry.bodyHtml ?? ""
        // A fresh popup per click; none exists until a link is used, which keeps pages light.
        popupLoader.active = false
        popupLoader.active = true
    }

    Loader {
        id: popupLoader

        active: false
        sourceComponent: DefinitionPopup {
            y: root.height
            width: Math.min(root.width, 520 * Theme.scale)
            heading: root.linkHeading
            body: root.linkBody
            Component.onCompleted: open()
        }
    }
}
