// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/faxformat.h"
#include "core/faxtypes.h"

#include <QDateTime>
#include <QTime>
#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace Fax {

/// The Send Fax Wizard's Options page: resolution, when to send (now, in the discount period,
/// at a time), priority and notification by e-mail.
class OptionsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptionsPage)
public:
    /// discountStart, discountEnd: the server's discount period, to name it.
    OptionsPage(const QTime &discountStart, const QTime &discountEnd, QWidget *parent = nullptr);

    FaxResolution resolution() const;
    void setResolution(FaxResolution resolution);
    ScheduleType schedule() const;
    QDateTime scheduleTime() const;
    void setSchedule(ScheduleType schedule, const QDateTime &time = QDateTime());
    Priority priority() const;
    void setPriority(Priority priority);
    bool notify() const;
    QString notifyAddress() const;
    void setNotify(bool notify, const QString &address);

    QComboBox *resolutionBox() const { return m_resolution; }
    QRadioButton *sendNowButton() const { return m_now; }
    QRadioButton *discountButton() const { return m_discount; }
    QRadioButton *atTimeButton() const { return m_atTime; }
    QDateTimeEdit *timeEdit() const { return m_time; }
    QComboBox *priorityBox() const { return m_priority; }
    QCheckBox *notifyBox() const { return m_notify; }
    QLineEdit *notifyAddressField() const { return m_address; }

    bool isComplete() const override;

private:
    void updateState();

    QComboBox *m_resolution;
    QRadioButton *m_now;
    QRadioButton *m_discount;
    QRadioButton *m_atTime;
    QButtonGroup *m_when;
    QDateTimeEdit *m_time;
    QComboBox *m_priority;
    QCheckBox *m_notify;
    QLineEdit *m_address;
};

} // namespace Fax
