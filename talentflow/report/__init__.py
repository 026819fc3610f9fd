"""talentflow.report"""
