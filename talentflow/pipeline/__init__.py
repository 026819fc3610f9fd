"""talentflow.pipeline"""
