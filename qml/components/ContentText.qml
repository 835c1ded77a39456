import QtQuick
import QtQuick.Controls.Basic
import KnowTheLimits

// Content prose (HTML from the models). Glossary links open their definition in place;
// source links show the citation. Nothing here loads anything from outside the app.
Label {
    id: root

    textFormat: Text.StyledText
    wrapMode: Text.Wrap
    color: Theme.text
    linkColor: Theme.link
    font.pixelSize: Theme.bodySize
    lineHeight: 1.25

    onLinkActivated: link => {
        const colon = link.indexOf(":")
        const scheme = link.substring(0, colon)
        const id = link.substring(colon + 1)
        if (scheme === "term") {
            const term = Content.term(id)
            definition.heading = term.term
            definition.body = term.definition
        } else if (scheme === "source") {
            const source = Content.source(id)
            definition.heading = source.title
            definition.body = source.citation
        } else {
            return
        }
        definition.open()
    }

    Popup {
        id: definition

        property string heading
        property string body

        y: root.height
        width: Math.min(root.width, 520 * Theme.scale)
        padding: Theme.margin / 2
        modal: false
        focus: true
        background: Rectangle {
            color: Theme.surface
            border.color: Theme.accent
            radius: Theme.radius
        }
        contentItem: Column {
            spacing: Theme.gap
            Label {
                width: parent.width
                text: definition.heading
                font.bold: true
                font.pixelSize: Theme.bodySize
                color: Theme.text
                wrapMode: Text.Wrap
            }
            Label {
                width: parent.width
                text: definition.body
                textFormat: Text.StyledText
                font.pixelSize: Theme.bodySize
                color: Theme.text
                wrapMode: Text.Wrap
            }
        }
    }
}
