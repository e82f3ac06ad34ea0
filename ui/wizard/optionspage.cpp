// SPDX-License-Identifier: GPL-3.0-or-later
#include "optionspage.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QLocale>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Fax {

OptionsPage::OptionsPage(const QTime &discountStart, const QTime &discountEnd, QWidget *parent)
    : QWizardPage(parent), m_resolution(new QComboBox), m_now(new QRadioButton(tr("Send &now"))),
      m_discount(new QRadioButton), m_atTime(new QRadioButton(tr("Send &at:"))),
      m_when(new QButtonGroup(this)), m_time(new QDateTimeEdit), m_priority(new QComboBox),
      m_notify(new QCheckBox(tr("&Tell me by e-mail when the fax is sent or fails:"))),
      m_address(new QLineEdit)
{
    setTitle(tr("Options"));
    setSubTitle(tr("How and when the fax is sent."));
    const QLocale locale;
    m_resolution->setObjectName(QStringLiteral("resolution"));
    m_resolution->addItem(tr("Standard (204 × 98 dpi, fastest)"), int(FaxResolution::Normal));
    m_resolution->addItem(tr("Fine (204 × 196 dpi)"), int(FaxResolution::Fine));
    m_resolution->addItem(tr("Superfine (204 × 391 dpi, if the receiver has it)"),
                          int(FaxResolution::Superfine));
    m_resolution->setCurrentIndex(1);
    m_discount->setText(tr("In the &discount period (%1 to %2)")
                            .arg(discountStart.toString(QStringLiteral("HH:mm")),
                                 discountEnd.toString(QStringLiteral("HH:mm"))));
    m_now->setObjectName(QStringLiteral("sendNow"));
    m_discount->setObjectName(QStringLiteral("sendDiscount"));
    m_atTime->setObjectName(QStringLiteral("sendAtTime"));
    m_now->setChecked(true);
    m_when->addButton(m_now, int(ScheduleType::Now));
    m_when->addButton(m_discount, int(ScheduleType::DiscountPeriod));
    m_when->addButton(m_atTime, int(ScheduleType::SpecificTime));
    m_time->setObjectName(QStringLiteral("scheduleTime"));
    m_time->setCalendarPopup(true);
    m_time->setDateTime(QDateTime::currentDateTime().addSecs(3600));
    m_time->setDisplayFormat(locale.dateTimeFormat(QLocale::ShortFormat));
    m_time->setAccessibleName(tr("Send time"));
    m_priority->setObjectName(QStringLiteral("priority"));
    m_priority->addItem(tr("High"), int(Priority::High));
    m_priority->addItem(tr("Normal"), int(Priority::Normal));
    m_priority->addItem(tr("Low"), int(Priority::Low));
    m_priority->setCurrentIndex(1);
    m_notify->setObjectName(QStringLiteral("notify"));
    m_address->setObjectName(QStringLiteral("notifyAddress"));
    m_address->setPlaceholderText(tr("Your e-mail address (empty: the sender's)"));
    m_address->setAccessibleName(tr("Notification address"));

    auto *when = new QGroupBox(tr("When"));
    auto *grid = new QGridLayout(when);
    grid->addWidget(m_now, 0, 0, 1, 2);
    grid->addWidget(m_discount, 1, 0, 1, 2);
    grid->addWidget(m_atTime, 2, 0);
    grid->addWidget(m_time, 2, 1);
    grid->setColumnStretch(2, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Resolution:"), m_resolution);
    form->addRow(tr("&Priority:"), m_priority);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(when);
    layout->addWidget(m_notify);
    layout->addWidget(m_address);
    layout->addStretch();

    connect(m_when, &QButtonGroup::idToggled, this, &OptionsPage::updateState);
    connect(m_notify, &QCheckBox::toggled, this, &OptionsPage::updateState);
    connect(m_time, &QDateTimeEdit::dateTimeChanged, this, &OptionsPage::completeChanged);
    updateState();
}

FaxResolution OptionsPage::resolution() const
{
    return FaxResolution(m_resolution->currentData().toInt());
}

void OptionsPage::setResolution(FaxResolution resolution)
{
    m_resolution->setCurrentIndex(std::max(0, m_resolution->findData(int(resolution))));
}

ScheduleType OptionsPage::schedule() const
{
    return ScheduleType(m_when->checkedId());
}

QDateTime OptionsPage::scheduleTime() const
{
    return schedule() == ScheduleType::SpecificTime ? m_time->dateTime() : QDateTime();
}

void OptionsPage::setSchedule(ScheduleType schedule, const QDateTime &time)
{
    m_when->button(int(schedule))->setChecked(true);
    if (time.isValid())
        m_time->setDateTime(time);
}

Priority OptionsPage::priority() const
{
    return Priority(m_priority->currentData().toInt());
}

void OptionsPage::setPriority(Priority priority)
{
    m_priority->setCurrentIndex(std::max(0, m_priority->findData(int(priority))));
}

bool OptionsPage::notify() const
{
    return m_notify->isChecked();
}

QString OptionsPage::notifyAddress() const
{
    return m_notify->isChecked() ? m_address->text().trimmed() : QString();
}

void OptionsPage::setNotify(bool notify, const QString &address)
{
    m_notify->setChecked(notify);
    m_address->setText(address);
}

void OptionsPage::updateState()
{
    m_time->setEnabled(m_atTime->isChecked());
    m_address->setEnabled(m_notify->isChecked());
    Q_EMIT completeChanged();
}

bool OptionsPage::isComplete() const
{
    return !m_atTime->isChecked() || m_time->dateTime().isValid();
}

} // namespace Fax
