BEGIN TRANSACTION;
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO "alembic_version" VALUES('0001');
CREATE TABLE answer (
	assessment_id INTEGER NOT NULL, 
	item_id VARCHAR(64) NOT NULL, 
	level INTEGER, 
	not_applicable BOOLEAN NOT NULL, 
	justification TEXT NOT NULL, 
	notes TEXT NOT NULL, 
	flagged BOOLEAN NOT NULL, 
	carried_over BOOLEAN NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_answer PRIMARY KEY (assessment_id, item_id), 
	CONSTRAINT ck_answer_level_or_na CHECK (NOT (not_applicable AND level IS NOT NULL)), 
	CONSTRAINT fk_answer_assessment_id_assessment FOREIGN KEY(assessment_id) REFERENCES assessment (id) ON DELETE CASCADE
);
INSERT INTO "answer" VALUES(1,'G2-MEM-01',0,0,'','note on G2-MEM-01 – é',0,0,'2023-09-14 12:00:00.000000');
INSERT INTO "answer" VALUES(1,'G2-MEM-02',1,0,'','note on G2-MEM-02 – é',0,0,'2023-09-14 12:00:00.000000');
INSERT INTO "answer" VALUES(1,'G2-MEM-03',2,0,'','note on G2-MEM-03 – é',0,0,'2023-09-14 12:00:00.000000');
INSERT INTO "answer" VALUES(1,'G2-MEM-04',NULL,1,'no sea ports','note on G2-MEM-04 – é',0,0,'2023-09-14 12:00:00.000000');
INSERT INTO "answer" VALUES(1,'G2-MEM-05',0,0,'','note on G2-MEM-05 – é',0,0,'2023-09-14 12:00:00.000000');
INSERT INTO "answer" VALUES(1,'G2-MEM-06',1,0,'','note on G2-MEM-06 – é',0,0,'2023-09-14 12:00:00.000000');
INSERT INTO "answer" VALUES(1,'G2-MEM-07',2,0,'','note on G2-MEM-07 – é',0,0,'2023-09-14 12:00:00.000000');
INSERT INTO "answer" VALUES(1,'G2-MEM-08',3,0,'','note on G2-MEM-08 – é',0,0,'2023-09-14 12:00:00.000000');
INSERT INTO "answer" VALUES(1,'G2-MEM-09',0,0,'','note on G2-MEM-09 – é',0,0,'2023-09-14 12:00:00.000000');
INSERT INTO "answer" VALUES(1,'G2-MEM-10',1,0,'','note on G2-MEM-10 – é',0,0,'2023-09-14 12:00:00.000000');
INSERT INTO "answer" VALUES(1,'G2-GOV-01',2,0,'','note on G2-GOV-01 – é',0,0,'2023-09-14 12:00:00.000000');
INSERT INTO "answer" VALUES(1,'G2-GOV-02',3,0,'','note on G2-GOV-02 – é',0,0,'2023-09-14 12:00:00.000000');
INSERT INTO "answer" VALUES(1,'G2-GOV-03',0,0,'','note on G2-GOV-03 – é',0,0,'2023-09-14 12:00:00.000000');
INSERT INTO "answer" VALUES(1,'G2-GOV-04',1,0,'','note on G2-GOV-04 – é',0,0,'2023-09-14 12:00:00.000000');
INSERT INTO "answer" VALUES(1,'G2-GOV-05',2,0,'','note on G2-GOV-05 – é',0,0,'2023-09-14 12:00:00.000000');
INSERT INTO "answer" VALUES(1,'G2-GOV-06',3,0,'','note on G2-GOV-06 – é',0,0,'2023-09-14 12:00:00.000000');
INSERT INTO "answer" VALUES(1,'G2-GOV-07',0,0,'','note on G2-GOV-07 – é',0,0,'2023-09-14 12:00:00.000000');
INSERT INTO "answer" VALUES(1,'G2-GOV-08',1,0,'','note on G2-GOV-08 – é',0,0,'2023-09-14 12:00:00.000000');
INSERT INTO "answer" VALUES(1,'G2-GOV-09',2,0,'','note on G2-GOV-09 – é',0,0,'2023-09-14 12:00:00.000000');
INSERT INTO "answer" VALUES(1,'G2-GOV-10',3,0,'','note on G2-GOV-10 – é',0,0,'2023-09-14 12:00:00.000000');
INSERT INTO "answer" VALUES(1,'G2-GOV-11',NULL,1,'no donors','note on G2-GOV-11 – é',0,0,'2023-09-14 12:00:00.000000');
INSERT INTO "answer" VALUES(1,'G2-GOV-12',1,0,'','note on G2-GOV-12 – é',0,0,'2023-09-14 12:00:00.000000');
INSERT INTO "answer" VALUES(1,'G2-GOV-13',2,0,'','note on G2-GOV-13 – é',0,0,'2023-09-14 12:00:00.000000');
INSERT INTO "answer" VALUES(1,'G2-FIN-01',3,0,'','note on G2-FIN-01 – é',0,0,'2023-09-14 12:00:00.000000');
INSERT INTO "answer" VALUES(1,'G2-FIN-02',0,0,'','note on G2-FIN-02 – é',0,0,'2023-09-14 12:00:00.000000');
INSERT INTO "answer" VALUES(1,'G2-FIN-03',1,0,'','note on G2-FIN-03 – é',0,0,'2023-09-14 12:00:00.000000');
INSERT INTO "answer" VALUES(1,'G2-FIN-04',2,0,'','note on G2-FIN-04 – é',0,0,'2023-09-14 12:00:00.000000');
INSERT INTO "answer" VALUES(1,'G2-FIN-05',3,0,'','note on G2-FIN-05 – é',0,0,'2023-09-14 12:00:00.000000');
INSERT INTO "answer" VALUES(1,'G2-FIN-06',0,0,'','note on G2-FIN-06 – é',0,0,'2023-09-14 12:00:00.000000');
INSERT INTO "answer" VALUES(1,'G2-FIN-07',1,0,'','note on G2-FIN-07 – é',0,0,'2023-09-14 12:00:00.000000');
INSERT INTO "answer" VALUES(1,'G2-SUP-01',2,0,'','note on G2-SUP-01 – é',0,0,'2023-09-14 12:00:00.000000');
INSERT INTO "answer" VALUES(1,'G2-SUP-02',3,0,'','note on G2-SUP-02 – é',0,0,'2023-09-14 12:00:00.000000');
INSERT INTO "answer" VALUES(1,'G2-SUP-03',0,0,'','note on G2-SUP-03 – é',0,0,'2023-09-14 12:00:00.000000');
INSERT INTO "answer" VALUES(1,'G2-SUP-04',1,0,'','note on G2-SUP-04 – é',0,0,'2023-09-14 12:00:00.000000');
INSERT INTO "answer" VALUES(1,'G2-SUP-05',2,0,'','note on G2-SUP-05 – é',0,0,'2023-09-14 12:00:00.000000');
INSERT INTO "answer" VALUES(1,'G2-SUP-06',3,0,'','note on G2-SUP-06 – é',0,0,'2023-09-14 12:00:00.000000');
INSERT INTO "answer" VALUES(1,'G2-SUP-07',0,0,'','note on G2-SUP-07 – é',0,0,'2023-09-14 12:00:00.000000');
INSERT INTO "answer" VALUES(1,'G2-DEL-01',1,0,'','note on G2-DEL-01 – é',0,0,'2023-09-14 12:00:00.000000');
INSERT INTO "answer" VALUES(1,'G2-DEL-02',2,0,'','note on G2-DEL-02 – é',0,0,'2023-09-14 12:00:00.000000');
INSERT INTO "answer" VALUES(1,'G2-DEL-03',3,0,'','note on G2-DEL-03 – é',0,0,'2023-09-14 12:00:00.000000');
INSERT INTO "answer" VALUES(1,'G2-DEL-04',0,0,'','note on G2-DEL-04 – é',0,0,'2023-09-14 12:00:00.000000');
INSERT INTO "answer" VALUES(1,'G2-DEL-05',1,0,'','note on G2-DEL-05 – é',0,0,'2023-09-14 12:00:00.000000');
INSERT INTO "answer" VALUES(1,'G2-DEL-06',2,0,'','note on G2-DEL-06 – é',0,0,'2023-09-14 12:00:00.000000');
INSERT INTO "answer" VALUES(1,'G2-DEL-07',3,0,'','note on G2-DEL-07 – é',0,0,'2023-09-14 12:00:00.000000');
INSERT INTO "answer" VALUES(1,'G2-DEL-08',0,0,'','note on G2-DEL-08 – é',0,0,'2023-09-14 12:00:00.000000');
INSERT INTO "answer" VALUES(1,'G2-DEL-09',1,0,'','note on G2-DEL-09 – é',0,0,'2023-09-14 12:00:00.000000');
INSERT INTO "answer" VALUES(1,'G2-DEL-10',2,0,'','note on G2-DEL-10 – é',0,0,'2023-09-14 12:00:00.000000');
CREATE TABLE area_target (
	assessment_id INTEGER NOT NULL, 
	area_code VARCHAR(16) NOT NULL, 
	target FLOAT NOT NULL, 
	CONSTRAINT pk_area_target PRIMARY KEY (assessment_id, area_code), 
	CONSTRAINT fk_area_target_assessment_id_assessment FOREIGN KEY(assessment_id) REFERENCES assessment (id) ON DELETE CASCADE
);
INSERT INTO "area_target" VALUES(1,'FIN',2.5);
CREATE TABLE assessment (
	id INTEGER NOT NULL, 
	uuid VARCHAR(36) NOT NULL, 
	title TEXT NOT NULL, 
	assessment_date DATE, 
	status VARCHAR(16) NOT NULL, 
	questionnaire_id VARCHAR(64) NOT NULL, 
	questionnaire_version VARCHAR(64) NOT NULL, 
	network_name TEXT NOT NULL, 
	network_region TEXT NOT NULL, 
	member_countries JSON NOT NULL, 
	facilitator TEXT NOT NULL, 
	baseline_uuid VARCHAR(36), 
	is_demo BOOLEAN NOT NULL, 
	last_page VARCHAR(64) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	completed_at DATETIME, 
	CONSTRAINT pk_assessment PRIMARY KEY (id), 
	CONSTRAINT ck_assessment_status CHECK (status IN ('in_progress', 'completed')), 
	CONSTRAINT uq_assessment_uuid UNIQUE (uuid)
);
INSERT INTO "assessment" VALUES(1,'5f0c9a52-3c7e-4d8e-9a51-0d7c2b1e6a11','Baseline 2023','2023-09-14','completed','iccwc-wen-g2','1.0','Horn of Africa WEN','East Africa','["ET", "KE", "SO"]','F. Ali',NULL,0,'review','2023-09-14 08:00:00.000000','2023-09-14 17:30:00.000000','2023-09-14 17:30:00.000000');
CREATE TABLE participant (
	id INTEGER NOT NULL, 
	assessment_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	name TEXT NOT NULL, 
	organisation TEXT NOT NULL, 
	country TEXT NOT NULL, 
	role TEXT NOT NULL, 
	CONSTRAINT pk_participant PRIMARY KEY (id), 
	CONSTRAINT fk_participant_assessment_id_assessment FOREIGN KEY(assessment_id) REFERENCES assessment (id) ON DELETE CASCADE
);
INSERT INTO "participant" VALUES(1,1,0,'Fatuma Ali','KWS','KE','Chair');
CREATE TABLE plan_action (
	id INTEGER NOT NULL, 
	assessment_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	item_id VARCHAR(64) NOT NULL, 
	text TEXT NOT NULL, 
	owner TEXT NOT NULL, 
	due DATE, 
	status VARCHAR(16) NOT NULL, 
	CONSTRAINT pk_plan_action PRIMARY KEY (id), 
	CONSTRAINT ck_plan_action_status CHECK (status IN ('planned', 'in_progress', 'done')), 
	CONSTRAINT fk_plan_action_assessment_id_assessment FOREIGN KEY(assessment_id) REFERENCES assessment (id) ON DELETE CASCADE
);
INSERT INTO "plan_action" VALUES(1,1,0,'G2-FIN-01','find a donor','Secretariat','2024-06-30','planned');
CREATE INDEX ix_participant_assessment_id ON participant (assessment_id);
CREATE INDEX ix_plan_action_assessment_id ON plan_action (assessment_id);
COMMIT;
