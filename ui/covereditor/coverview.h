// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsView>

namespace Fax {

class CoverScene;

/// The Cover Page Editor's view of its canvas: zoom in steps (100 % is the paper's real size on
/// the screen), Ctrl+wheel to zoom, and fitting the page into the window.
class CoverView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverView)
public:
    explicit CoverView(CoverScene *scene, QWidget *parent = nullptr);

    /// 1.0 is the real size.
    double zoom() const { return m_zoom; }
    void setZoom(double zoom);

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void actualSize();
    /// The whole page in the window.
    void fitPage();
    /// The page's width in the window.
    void fitWidth();

Q_SIGNALS:
    void zoomChanged(double zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;

private:
    /// Screen pixels per point at 100 %.
    double pixelsPerPoint() const;

    double m_zoom = 1.0;
};

} // namespace Fax
