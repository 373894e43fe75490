"""What WEN members type in their own scripts: one sample per language the issue names.

Shared by the PDF tests (tests/report/test_scripts.py) and the screen test
(tests/ui/test_gui_scripts.py). Arabic mixes in a Latin acronym and digits on purpose.
"""

SAMPLES: dict[str, str] = {
    "Arabic": "اجتماع شبكة HAWEN في 2024 مع 12 مشاركا",
    "Amharic": "የዱር እንስሳት ሕግ አስከባሪ መረብ (ኢትዮጵያ)",
    "Chinese": "野生动物执法网络会议，共有12名参与者。",
    "Thai": "เครือข่ายบังคับใช้กฎหมายสัตว์ป่า ที่ได้รับ",
    "Lao": "ເຄືອຂ່າຍບັງຄັບໃຊ້ກົດໝາຍສັດປ່າ",
    "Khmer": "បណ្តាញអនុវត្តច្បាប់សត្វព្រៃ",
    "Burmese": "တောရိုင်းတိရစ္ဆာန် ဥပဒေစိုးမိုးရေး ကွန်ရက်",
    "Hindi": "वन्यजीव प्रवर्तन नेटवर्क की बैठक",
    "Nepali": "वन्यजन्तु कानून कार्यान्वयन सञ्जाल",
    "Bengali": "বন্যপ্রাণী আইন প্রয়োগকারী নেটওয়ার্ক",
    "Vietnamese": "Mạng lưới thực thi pháp luật về động vật hoang dã",
    "Emoji": "Great work 🎉👍 🐘🦏 ✅",
}
